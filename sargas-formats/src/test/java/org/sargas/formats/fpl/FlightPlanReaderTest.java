package org.sargas.formats.fpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.plan.FlightPlan;

class FlightPlanReaderTest {
  private static final Map<String, GeoPoint> AERODROMES =
      Map.of("EVRA", GeoPoint.of(56.9236, 23.9711), "EPWA", GeoPoint.of(52.1657, 20.9671));
  private static final LocalDate FILE_DATE = LocalDate.of(2025, 10, 22);

  @Test
  void readsIcaoFplMessagesWithCoordinatesDateOfFlightAndSsrCode() {
    String text =
        """
        ZCZC
        (FPL-BTI7PW/A4621-IS
        -BCS3/M-SDE2E3FGIJ1RWY/LB1
        -EVRA1430
        -N0450F350 DCT 5633N02348E DCT TUSOS L605 54N023E DCT
        -EPWA0115 EPMO
        -PBN/A1B1 DOF/251023 REG/YLAAQ)
        NNNN
        (FPL-LOT781-IS-E75L/M-SDFGHIRWY/S-EPWA1340-N0430F330 DCT-EVRA0110-DOF/251023)
        """;
    FlightPlanReader.Result r =
        FlightPlanReader.read("today.fpl", text, FILE_DATE, AERODROMES::get);
    assertThat(r.failures()).isEmpty();
    assertThat(r.plans()).hasSize(2);
    FlightPlan bti = r.plans().get(0);
    assertThat(bti.callsign()).isEqualTo("BTI7PW");
    assertThat(bti.mode3a()).isEqualTo("4621");
    assertThat(bti.departure()).isEqualTo("EVRA");
    assertThat(bti.destination()).isEqualTo("EPWA");
    assertThat(bti.offBlock()).isEqualTo(Instant.parse("2025-10-23T14:30:00Z"));
    assertThat(bti.totalElapsed()).isEqualTo(Duration.ofMinutes(75));
    // EVRA, 56°33'N 23°48'E, 54°N 23°E, EPWA (TUSOS and L605 cannot be placed)
    assertThat(bti.route()).hasSize(4);
    assertThat(bti.route().get(1).latDeg()).isCloseTo(56.55, within(1e-9));
    assertThat(bti.route().get(1).lonDeg()).isCloseTo(23.8, within(1e-9));
    assertThat(bti.route().get(2)).isEqualTo(GeoPoint.of(54, 23));
    assertThat(bti.source()).isEqualTo("today.fpl:2");
    FlightPlan lot = r.plans().get(1);
    assertThat(lot.mode3a()).isNull();
    assertThat(lot.route()).containsExactly(AERODROMES.get("EPWA"), AERODROMES.get("EVRA"));
  }

  @Test
  void withoutDofAPlanFliesOnTheFilesDate() {
    String text = "(FPL-ABC12-IG-C172/L-S/C-EYKA0800-N0100A045 DCT-EYVI0045)";
    FlightPlan p = FlightPlanReader.read("f", text, FILE_DATE, k -> null).plans().get(0);
    assertThat(p.offBlock()).isEqualTo(Instant.parse("2025-10-22T08:00:00Z"));
    assertThat(p.route()).isEmpty();
  }

  @Test
  void aBadPlanIsAFailureNamingFileLineAndItemAndTheOthersAreKept() {
    String text =
        """
        (FPL-GOOD1-IS-A320/M-S/C-EVRA1000-N0450F350 DCT-EPWA0100)
        (FPL-BAD 1-IS-A320/M-S/C-EVRA1000-N0450F350 DCT-EPWA0100)
        (FPL-BAD2/A9999-IS-A320/M-S/C-EVRA1000-N0450F350 DCT-EPWA0100)
        (FPL-BAD3-IS-A320/M-S/C-EVRA2561-N0450F350 DCT-EPWA0100)
        (FPL-BAD4-IS-A320/M-S/C)
        """;
    FlightPlanReader.Result r = FlightPlanReader.read("x.fpl", text, FILE_DATE, AERODROMES::get);
    assertThat(r.plans()).extracting(FlightPlan::callsign).containsExactly("GOOD1");
    assertThat(r.failures()).hasSize(4);
    assertThat(r.failures().get(0).toString()).startsWith("x.fpl @2: FPL: item 7");
    assertThat(r.failures().get(1).reason()).contains("SSR code");
    assertThat(r.failures().get(2).reason()).contains("EOBT 2561");
    assertThat(r.failures().get(3).reason()).contains("expected items");
  }

  @Test
  void csvRoundTripsThroughTheWriter() {
    List<FlightPlan> plans =
        List.of(
            new FlightPlan(
                "x",
                "BTI7PW",
                "4621",
                "EVRA",
                "EPWA",
                List.of(GeoPoint.of(56.55, 23.8), GeoPoint.of(55.2, 23.35)),
                Instant.parse("2025-10-23T14:35:00Z"),
                Duration.ofMinutes(75),
                "s"),
            new FlightPlan(
                "y",
                "LOT781",
                null,
                null,
                null,
                List.of(),
                Instant.parse("2025-10-23T14:00:00Z"),
                null,
                "s"));
    String csv = FlightPlanCsvWriter.write(plans);
    FlightPlanReader.Result r = FlightPlanReader.read("p.csv", csv, FILE_DATE, AERODROMES::get);
    assertThat(r.failures()).isEmpty();
    FlightPlan a = r.plans().get(0);
    assertThat(a.callsign()).isEqualTo("BTI7PW");
    assertThat(a.mode3a()).isEqualTo("4621");
    assertThat(a.totalElapsed()).isEqualTo(Duration.ofMinutes(75));
    assertThat(a.route())
        .containsExactly(
            AERODROMES.get("EVRA"),
            GeoPoint.of(56.55, 23.8),
            GeoPoint.of(55.2, 23.35),
            AERODROMES.get("EPWA"));
    assertThat(r.plans().get(1).route()).isEmpty();
    assertThat(r.plans().get(1).totalElapsed()).isNull();
  }

  @Test
  void badCsvLinesNameTheLine() {
    String csv =
        """
        callsign,mode3a,departure,destination,eobt,eet,route
        OK1,,,,2025-10-23T14:00:00Z,,
        BAD1,8888,,,2025-10-23T14:00:00Z,,
        BAD2,,,,yesterday,,
        BAD3,,,,2025-10-23T14:00:00Z,,95 23
        """;
    FlightPlanReader.Result r = FlightPlanReader.read("p.csv", csv, FILE_DATE, k -> null);
    assertThat(r.plans()).extracting(FlightPlan::callsign).containsExactly("OK1");
    assertThat(r.failures()).extracting(f -> f.offset()).containsExactly(3L, 4L, 5L);
    assertThat(r.failures().get(0).reason()).contains("octal");
    assertThat(r.failures().get(2).reason()).contains("outside the globe");
    assertThat(FlightPlanReader.read("n.txt", "hello\nworld\n", FILE_DATE, k -> null).failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("neither ICAO FPL"));
  }
}
