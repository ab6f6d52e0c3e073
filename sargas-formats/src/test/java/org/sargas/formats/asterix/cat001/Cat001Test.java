package org.sargas.formats.asterix.cat001;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordBuilder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.formats.asterix.cat002.Cat002MessageType;
import org.sargas.formats.asterix.cat002.Cat002Record;
import org.sargas.formats.asterix.cat002.Cat002View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.editions.Cat001Edition1_4;
import org.sargas.formats.asterix.editions.Cat002Edition1_2;
import org.sargas.formats.asterix.observation.AsterixObservationDecoder;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/**
 * CAT001 1.4 plots and tracks and CAT002 1.2 service messages: the two UAPs chosen by I001/020, the
 * views field by field (jASTERIX blocks and hand-built records), the truncated time of day and the
 * observations of an older radar.
 */
class Cat001Test {
  private static final Instant RX = Instant.parse("2026-11-21T09:18:25Z");

  private static AsterixObservationDecoder decoder() {
    return new AsterixObservationDecoder(
        AsterixEditions.latest(),
        List.of(new SensorCalibration("R-1", 0, 1, null, 60, 0.002, 50, 30)));
  }

  private static List<Object> records(byte[] b, List<DecodeFailure> failures) {
    List<Object> out = new ArrayList<>();
    new AsterixDecoder(AsterixEditions.latest())
        .decode(
            b,
            0,
            b.length,
            "t",
            0,
            new AsterixRecordSink() {
              @Override
              public void record(AsterixRecordView r) {
                out.add(
                    r.category() == 1
                        ? new Cat001View().wrap(r).toRecord()
                        : new Cat002View().wrap(r).toRecord());
              }

              @Override
              public void failure(DecodeFailure f, int skippedBytes) {
                failures.add(f);
              }
            });
    return out;
  }

  private static byte[] jasterix(String name) throws IOException {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, "asterix/jasterix", name);
    assumeTrue(
        p != null && Files.isRegularFile(p),
        "reference data absent (asterix/jasterix/" + name + "); skipping");
    return Files.readAllBytes(p);
  }

  /**
   * jASTERIX {@code cat002ed1.0.bin} then {@code cat001ed1.1.bin} (editions 1.0 and 1.1; the items
   * they use are unchanged in 1.2 and 1.4):
   *
   * <pre>
   * 02 000C  D4        CAT 2, LEN 12, FSPEC: FRN 1 (010), 2 (000), 4 (030), 6 (050)
   * 00 01              I002/010 SAC 0 SIC 1
   * 01                 I002/000 north marker
   * 41 6E B5           I002/030 4,288,181 / 128 = 33,501.4140625 s
   * 93 02              I002/050 station configuration, FX-chained
   * 01 0014  FE        CAT 1, LEN 20, FSPEC: FRN 1-7 of the plot UAP
   * 00 01              I001/010 SAC 0 SIC 1
   * 20                 I001/020 TYP 0 plot, SIM 0, SSRPSR 2 sole secondary, FX 0
   * 3F B8 B6 7C        I001/040 RHO 16,312 / 128 = 127.4375 NM, THETA 46,716 × 360/2¹⁶
   * 0B 63              I001/070 V 0 G 0 L 0, Mode 3/A 0xB63 = 5543 (octal)
   * 05 F0              I001/090 V 0 G 0, 1,520 / 4 = FL 380
   * C1 79 C0           I001/130 radar plot characteristics, FX-chained
   * 6E B7              I001/141 28,343 / 128 = 221.4296875 s
   * </pre>
   */
  @Test
  void jasterixBlocksFieldByFieldAndTheirObservation() throws IOException {
    byte[] cat002 = jasterix("cat002ed1.0.bin");
    byte[] cat001 = jasterix("cat001ed1.1.bin");
    List<DecodeFailure> failures = new ArrayList<>();
    Cat002Record n = (Cat002Record) records(cat002, failures).get(0);
    Cat001Record p = (Cat001Record) records(cat001, failures).get(0);
    assertThat(failures).isEmpty();
    assertThat(n)
        .isEqualTo(
            new Cat002Record(
                0, 1, Cat002MessageType.NORTH_MARKER, 33_501.4140625, Double.NaN, Double.NaN));
    assertThat(p.sac()).isZero();
    assertThat(p.sic()).isEqualTo(1);
    assertThat(p.track()).isFalse();
    assertThat(p.detection()).isEqualTo(Cat001Detection.SECONDARY);
    assertThat(p.rangeM()).isEqualTo(127.4375 * 1852);
    assertThat(p.azimuthRad()).isEqualTo(46_716 * 2 * Math.PI / 65536);
    assertThat(String.format("%04o", p.mode3a())).isEqualTo("5543");
    assertThat(p.flightLevel()).isEqualTo(380.0);
    assertThat(p.truncatedTimeOfDayS()).isEqualTo(221.4296875);
    assertThat(p.trackNumber()).as("no I001/161 in a plot").isEqualTo(-1);

    RecordingListener l = new RecordingListener();
    AsterixObservationDecoder d = decoder();
    d.decode(cat002, 0, cat002.length, RX, "udp", 0, l);
    d.decode(cat001, 0, cat001.length, RX, "udp", cat002.length, l);
    assertThat(l.failures).isEmpty();
    // 33,501.414 s = 65 × 512 + 221.414: the plot's full time is 65 × 512 + 221.4296875.
    Observation o = l.observations.get(0);
    assertThat(o.time()).isEqualTo(Instant.parse("2026-11-21T09:18:21.429687500Z"));
    assertThat(o.sensorId()).isEqualTo("R-1");
    PolarMeasurement m = (PolarMeasurement) o.measurement();
    assertThat(m.rangeM()).isEqualTo(127.4375 * 1852);
    assertThat(m.sigmaRangeM()).isEqualTo(60);
    assertThat(o.altitudeM()).isCloseTo(380 * 30.48, within(1e-9));
    assertThat(o.identity().mode3a()).isEqualTo("5543");
    assertThat(l.alive).containsExactly("R-1", "R-1");
  }

  // Hand-built CAT001 track (TYP 1): I001/010 0/1; I001/020 0xB0 (track, combined detection);
  // I001/161 track 7; I001/040 RHO 10 NM (0x0500), THETA 90° (0x4000); I001/070 Mode 3/A 7700
  // (0x0FC0); I001/090 FL 100 (0x0190); I001/141 0x8000 = 256 s.
  static final AsterixRecordBuilder TRACK =
      AsterixRecordBuilder.of(Cat001Edition1_4.CATEGORY.variation("track"))
          .item("010", "0001")
          .item("020", "B0")
          .item("161", "0007")
          .item("040", "0500" + "4000")
          .item("070", "0FC0")
          .item("090", "0190")
          .item("141", "8000");

  // The same report as a plot (TYP 0): the plot UAP puts 040 at FRN 3 where the track UAP has 161.
  static final AsterixRecordBuilder PLOT =
      AsterixRecordBuilder.of(Cat001Edition1_4.CATEGORY.variation("plot"))
          .item("010", "0001")
          .item("020", "30")
          .item("040", "0500" + "4000")
          .item("070", "0FC0")
          .item("090", "0190")
          .item("141", "8000");

  @Test
  void theSameReportThroughEitherUap() {
    List<DecodeFailure> failures = new ArrayList<>();
    Cat001Record t = (Cat001Record) records(TRACK.block(), failures).get(0);
    Cat001Record p = (Cat001Record) records(PLOT.block(), failures).get(0);
    assertThat(failures).isEmpty();
    assertThat(t.track()).isTrue();
    assertThat(t.trackNumber()).isEqualTo(7);
    assertThat(p.track()).isFalse();
    for (Cat001Record r : List.of(t, p)) {
      assertThat(r.detection()).isEqualTo(Cat001Detection.COMBINED);
      assertThat(r.rangeM()).isEqualTo(10 * 1852.0);
      assertThat(Math.toDegrees(r.azimuthRad())).isEqualTo(90.0);
      assertThat(r.mode3a()).isEqualTo(07700);
      assertThat(r.flightLevel()).isEqualTo(100.0);
      assertThat(r.truncatedTimeOfDayS()).isEqualTo(256.0);
    }
  }

  @Test
  void withoutI001020ARecordUsesThePlotUap() {
    byte[] b = PLOT.without("020").block();
    List<DecodeFailure> failures = new ArrayList<>();
    Cat001Record r = (Cat001Record) records(b, failures).get(0);
    assertThat(failures).isEmpty();
    assertThat(r.track()).isFalse();
    assertThat(r.rangeM()).isEqualTo(10 * 1852.0);
  }

  @Test
  void randomFieldSequencingIsAFailure() {
    // Plot UAP, FSPEC 0x81 0x01 0x02: FRN 1 (I001/010) and FRN 21 (Random Field Sequencing),
    // which Sargas does not decode; I001/010 0/1; one more octet.
    byte[] b = java.util.HexFormat.of().parseHex("010009" + "81" + "01" + "02" + "0001" + "00");
    List<DecodeFailure> failures = new ArrayList<>();
    assertThat(records(b, failures)).isEmpty();
    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .isEqualTo("CAT001 FSPEC sets FRN 21 which the UAP (plot) does not define"));
  }

  @Test
  void valuesOutsideTheirDomainAreFailures() {
    // I001/090 flight level 4,000 / 4 = FL 1000; I001/200 ground speed 0x4000 × 2⁻¹⁴ NM/s.
    byte[] b = TRACK.with("090", "0FA0").item("200", "4000" + "0000").block();
    RecordingListener l = new RecordingListener();
    decoder().decode(b, 0, b.length, RX, "udp", 100, l);
    assertThat(l.observations).isEmpty();
    assertThat(l.failures)
        .containsExactly(
            new DecodeFailure(
                "udp",
                100 + TRACK.item("200", "00000000").offsetOf("090"),
                "I001/090 pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
            new DecodeFailure(
                "udp",
                100 + TRACK.item("200", "00000000").offsetOf("200"),
                "I001/200 ground speed 1852.0 m/s outside [0 m/s, 1500 m/s]"));
  }

  @Test
  void withoutCat002TheTruncatedTimeIsResolvedAgainstTheReceiveTime() {
    // RX 09:18:25 = 33,505 s = 65 × 512 + 225 s; the track says 256 s: 33,536 s = 09:18:56,
    // 31 s ahead (clocks less than 256 s apart resolve uniquely).
    byte[] b = TRACK.block();
    RecordingListener l = new RecordingListener();
    decoder().decode(b, 0, b.length, RX, "udp", 0, l);
    assertThat(l.observations.get(0).time()).isEqualTo(Instant.parse("2026-11-21T09:18:56Z"));
  }

  @Test
  void aStaleCat002IsNoReference() {
    // North marker at 9,000 s (02:30) received 61 s before the track: too old, receive time used.
    byte[] north =
        AsterixRecordBuilder.of(Cat002Edition1_2.CATEGORY)
            .item("010", "0001")
            .item("000", "01")
            .item("030", "119400")
            .block();
    RecordingListener l = new RecordingListener();
    AsterixObservationDecoder d = decoder();
    d.decode(north, 0, north.length, RX.minusSeconds(61), "udp", 0, l);
    d.decode(TRACK.block(), 0, TRACK.block().length, RX, "udp", 0, l);
    assertThat(l.observations.get(0).time()).isEqualTo(Instant.parse("2026-11-21T09:18:56Z"));
  }

  @Test
  void aCat002WithATimeOutsideItsDomainIsAFailureAndNoReference() {
    byte[] north =
        AsterixRecordBuilder.of(Cat002Edition1_2.CATEGORY)
            .item("010", "0001")
            .item("000", "01")
            .item("030", "FFFFFF")
            .block();
    RecordingListener l = new RecordingListener();
    AsterixObservationDecoder d = decoder();
    d.decode(north, 0, north.length, RX, "udp", 0, l);
    d.decode(TRACK.block(), 0, TRACK.block().length, RX, "udp", 0, l);
    assertThat(l.reasons())
        .containsExactly("I002/030 time of day 131071.992 s outside [0 s, 86401 s)");
    assertThat(l.observations.get(0).time()).isEqualTo(Instant.parse("2026-11-21T09:18:56Z"));
  }

  @ParameterizedTest(name = "truncated {0} s near {1} s = {2} s")
  @CsvSource({
    "256.0, 33505.0, 33536.0",
    "0.5, 33791.9, 33792.5", // the reference just before a 512 s boundary, the report after it
    "511.5, 33792.2, 33791.5", // and the other way round
    // Across midnight: 86,399 s has the low bits of 383 s (a day is 168.75 cycles of 512 s).
    "383.0, 0.5, 86399.0",
    "1.0, 86399.5, 1.0",
    "100.0, 100.0, 100.0"
  })
  void truncatedTimesOfDayResolveToTheNearest(double truncatedS, double refS, double expectS) {
    assertThat(TimeOfDay.resolveTruncated((int) (truncatedS * 128), refS)).isEqualTo(expectS);
  }
}
