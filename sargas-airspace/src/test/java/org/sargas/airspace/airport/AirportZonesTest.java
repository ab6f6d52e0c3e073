package org.sargas.airspace.airport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.testing.Tracks;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/** Airport zones from a hand-made runway table, and the runway-suspension alert. */
class AirportZonesTest {
  /** A made-up airport: runway 09/27 due east-west, 3 km long, and a closed runway. */
  private static final String CSV =
      "\"id\",\"airport_ref\",\"airport_ident\",\"length_ft\",\"width_ft\",\"surface\",\"lighted\",\"closed\","
          + "\"le_ident\",\"le_latitude_deg\",\"le_longitude_deg\",\"le_elevation_ft\",\"le_heading_degT\","
          + "\"le_displaced_threshold_ft\",\"he_ident\",\"he_latitude_deg\",\"he_longitude_deg\","
          + "\"he_elevation_ft\",\"he_heading_degT\",\"he_displaced_threshold_ft\"\n"
          + "1,1,\"XTST\",9843,148,\"ASP\",1,0,\"09\",54.600000,25.000000,500,90,,\"27\",54.600000,25.046500,520,270,\n"
          + "2,1,\"XTST\",3000,100,\"GRS\",0,1,\"05\",54.61,25.01,500,50,,\"23\",54.62,25.03,500,230,\n"
          + "3,2,\"XNOP\",3000,100,\"GRS\",0,0,\"05\",,,500,50,,\"23\",54.62,25.03,500,230,\n";

  private static List<AirportZone> airports(List<InputFailure> failures) throws Exception {
    return new RunwayCsvReader(new RunwayZoneDimensions(2000, 4000, 1500))
        .read("runways.csv", new StringReader(CSV), failures);
  }

  @Test
  void buildsRectanglesAlongTheRunwayAxis() throws Exception {
    List<InputFailure> failures = new ArrayList<>();
    List<AirportZone> a = airports(failures);
    assertThat(a).hasSize(1);
    assertThat(failures).extracting(InputFailure::line).containsExactly(3L, 4L);
    AirportZone x = a.get(0);
    assertThat(x.zone().zone().kind()).isEqualTo(ZoneKind.AIRPORT_DRONE_RESTRICTION);
    assertThat(x.zone().zone().ceilingM()).isEqualTo(520 * 0.3048 + 1500);
    assertThat(x.runways()).extracting(Runway::designator).containsExactly("09/27");
    GeoPoint le = GeoPoint.of(54.6, 25.0);
    GeoPoint he = GeoPoint.of(54.6, 25.0465);
    double axis = Wgs84.azimuthDeg(le, he);
    // 3.9 km before the 09 threshold on the axis: inside; 4.1 km: outside.
    assertThat(contains(x, Wgs84.destination(le, axis + 180, 3900))).isTrue();
    assertThat(contains(x, Wgs84.destination(le, axis + 180, 4100))).isFalse();
    // 1.9 km / 2.1 km abeam the runway's middle.
    GeoPoint mid = Wgs84.interpolate(le, he, 0.5);
    assertThat(contains(x, Wgs84.destination(mid, axis + 90, 1900))).isTrue();
    assertThat(contains(x, Wgs84.destination(mid, axis + 90, 2100))).isFalse();
    assertThat(x.runwaysAt(mid.latDeg(), mid.lonDeg())).containsExactly("09/27");
  }

  @Test
  void runwaysGivenDirectlyGiveTheSameZoneAsTheTable() throws Exception {
    AirportZone fromCsv = airports(new ArrayList<>()).get(0);
    AirportZone direct =
        new RunwayCsvReader(new RunwayZoneDimensions(2000, 4000, 1500))
            .airport(
                "XTST",
                java.util.Map.of(
                    "09/27",
                    new GeoPoint[] {
                      new GeoPoint(54.6, 25.0, 500 * 0.3048),
                      new GeoPoint(54.6, 25.0465, 520 * 0.3048)
                    }));
    assertThat(direct.zone().area().equalsExact(fromCsv.zone().area(), 1e-12)).isTrue();
    assertThat(direct.zone().zone()).isEqualTo(fromCsv.zone().zone());
  }

  private static boolean contains(AirportZone a, GeoPoint p) {
    return a.zone().contains(p.latDeg(), p.lonDeg());
  }

  private static Track drone(String id, double tS, GeoPoint p, TargetClass c) {
    Track t = Tracks.at(id, tS, p.latDeg(), p.lonDeg(), 20);
    return new Track(
        t.trackId(),
        t.time(),
        p.withAltitudeM(250),
        0,
        0,
        0,
        400,
        400,
        0,
        TrackState.CONFIRMED,
        null,
        new Classification(c, 0.9, "test"),
        5);
  }

  @Test
  void aDroneInTheZoneSuspendsTheRunwayUntilClearForTheConfiguredTime() throws Exception {
    List<AirportZone> a = airports(new ArrayList<>());
    AirspaceMonitor monitor =
        new AirspaceMonitor(null, List.of(a.get(0).zone()), MonitorSettings.defaults());
    RunwaySuspension policy = new RunwaySuspension(a, 300);
    LocalTangentPlane plane = new LocalTangentPlane(GeoPoint.of(54.6, 25.023));
    List<Alert> alerts = new ArrayList<>();
    for (int t = 0; t <= 700; t += 2) {
      List<Track> tracks = new ArrayList<>();
      // Drone: from 6 km north, south at 50 m/s across the runway; it leaves the zone at ~200 s.
      tracks.add(drone("D1", t, plane.toGeo(0, 6000 - 50.0 * t, 250), TargetClass.SMALL_DRONE));
      // Airliner on the approach: not a drone, no alert.
      tracks.add(drone("A1", t, plane.toGeo(-8000 + 80.0 * t, 0, 500), TargetClass.LARGE_AIRCRAFT));
      Instant now = Tracks.T0.plusSeconds(t);
      List<ViolationEvent> ev = monitor.evaluate(new TrackBatch(now, tracks));
      alerts.addAll(policy.evaluate(now, ev));
      if (t == 150) {
        assertThat(policy.suspended()).containsKey("XTST");
      }
    }
    assertThat(alerts).hasSize(2);
    Alert suspend = alerts.get(0);
    assertThat(suspend.kind()).isEqualTo(AlertKind.RUNWAY_SUSPENSION);
    assertThat(suspend.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(suspend.trackId()).isEqualTo("D1");
    assertThat(suspend.message()).contains("09/27").contains("XTST");
    // Entry at 6000 - 50 t = 2000 -> t = 80 s; the alert comes with the update after it.
    assertThat(Tracks.secondsSinceT0(suspend.time())).isBetween(80.0, 82.0);
    Alert resume = alerts.get(1);
    assertThat(resume.severity()).isEqualTo(Severity.INFO);
    // Exit at -2000 m: t = 160 s; clear for 300 s -> 460 s.
    assertThat(Tracks.secondsSinceT0(resume.time())).isBetween(459.9, 460.1);
    assertThat(policy.suspended()).isEmpty();
  }

  @Test
  void realRunwayTableGivesCopenhagenItsThreeRunways() throws Exception {
    String dir = System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path file = dir == null ? null : Path.of(dir, "geo", "ourairports-runways.eastern-flank.csv");
    assumeThat(file != null && Files.isRegularFile(file))
        .as("reference data (../shared/reference-data/geo) not present: skipped")
        .isTrue();
    List<InputFailure> failures = new ArrayList<>();
    List<AirportZone> all;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      all = new RunwayCsvReader(RunwayZoneDimensions.defaults()).read(file.toString(), r, failures);
    }
    AirportZone ekch = all.stream().filter(z -> z.ident().equals("EKCH")).findFirst().orElseThrow();
    assertThat(ekch.runways())
        .extracting(Runway::designator)
        .containsExactlyInAnyOrder("04L/22R", "04R/22L", "12/30");
    assertThat(ekch.zone().contains(55.6180, 12.6508)).isTrue(); // the terminal area
    assertThat(all.stream().anyMatch(z -> z.ident().equals("EYVI"))).isTrue();
  }
}
