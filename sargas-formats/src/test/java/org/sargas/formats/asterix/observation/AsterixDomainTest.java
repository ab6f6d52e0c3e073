package org.sargas.formats.asterix.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordBuilder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.editions.Cat021Edition2_7;
import org.sargas.formats.asterix.editions.Cat034Edition1_29;
import org.sargas.formats.asterix.editions.Cat048Edition1_32;
import org.sargas.formats.asterix.editions.Cat062Edition1_21;
import org.sargas.formats.asterix.editions.Cat063Edition1_7;

/**
 * ASTERIX values outside their physical domain: each row replaces one item of a valid record
 * (below, annotated octet by octet) with an out-of-domain value; the record must give a failure
 * naming the item, the quantity and the value at the item's offset, no observation, and the next
 * record of the datagram must still decode. The same check runs in {@link AsterixDomainCheck}.
 */
class AsterixDomainTest {
  private static final Instant T = Instant.parse("2026-11-21T00:10:05Z");
  private static final long BASE = 1000;

  // CAT048 1.32 plot: I048/010 SAC 25 SIC 201; I048/140 600 s (76,800 × 1/128 s); I048/040 RHO
  // 10 NM (2,560 × 1/256 NM), THETA 90° (0x4000 × 360/2¹⁶).
  static final AsterixRecordBuilder CAT048 =
      AsterixRecordBuilder.of(Cat048Edition1_32.CATEGORY)
          .item("010", "19C9")
          .item("140", "012C00")
          .item("040", "0A00" + "4000");

  // CAT021 2.7 report: I021/010 25/201; I021/071 600 s; I021/131 latitude 84.375°
  // (0x1E000000 × 180/2³⁰), longitude 45° (0x10000000 × 180/2³⁰).
  static final AsterixRecordBuilder CAT021 =
      AsterixRecordBuilder.of(Cat021Edition2_7.CATEGORY)
          .item("010", "19C9")
          .item("071", "012C00")
          .item("131", "1E000000" + "10000000");

  // CAT062 1.21 track: I062/010 25/201; I062/070 600 s; I062/105 latitude 45°, longitude 45°
  // (0x00800000 × 180/2²⁵).
  static final AsterixRecordBuilder CAT062 =
      AsterixRecordBuilder.of(Cat062Edition1_21.CATEGORY)
          .item("010", "19C9")
          .item("070", "012C00")
          .item("105", "00800000" + "00800000");

  // CAT034 1.29 north marker: I034/010 25/201; I034/000 type 1; I034/030 600 s.
  static final AsterixRecordBuilder CAT034 =
      AsterixRecordBuilder.of(Cat034Edition1_29.CATEGORY)
          .item("010", "19C9")
          .item("000", "01")
          .item("030", "012C00");

  // CAT063 1.7 from SDPS 25/100 about sensor 25/201: I063/030 600 s; I063/060 0x00 (operational,
  // all technologies GO, no extension).
  static final AsterixRecordBuilder CAT063 =
      AsterixRecordBuilder.of(Cat063Edition1_7.CATEGORY)
          .item("010", "1964")
          .item("030", "012C00")
          .item("050", "19C9")
          .item("060", "00");

  static Stream<Arguments> outOfDomain() {
    return Stream.of(
        row(
            "I048/140 time of day 0xFFFFFF",
            CAT048.with("140", "FFFFFF"),
            "140",
            "I048/140 time of day 131071.992 s outside [0 s, 86401 s)"),
        row(
            "I048/140 time of day 86,401 s",
            CAT048.with("140", "A8C080"),
            "140",
            "I048/140 time of day 86401.000 s outside [0 s, 86401 s)"),
        // I048/090: V 0, G 0, flight level 4,000 × 1/4 = FL 1000 = 30,480 m.
        row(
            "I048/090 FL 1000",
            CAT048.item("090", "0FA0"),
            "090",
            "I048/090 pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
        // I048/090 flight level -200 × 1/4 = FL -50 = -1,524 m (14-bit two's complement 0x3F38).
        row(
            "I048/090 FL -50",
            CAT048.with("090", "3F38"),
            "090",
            "I048/090 pressure altitude -1524.0 m outside [-1500 m, 30000 m]"),
        // I048/110 3-D height 4,096 × 25 ft = 102,400 ft.
        row(
            "I048/110 102,400 ft",
            CAT048.item("110", "1000"),
            "110",
            "I048/110 height 31211.5 m outside [-1500 m, 30000 m]"),
        // I048/200 ground speed 0x4000 × 2⁻¹⁴ NM/s = 1 NM/s = 1,852 m/s, heading 0.
        row(
            "I048/200 1 NM/s",
            CAT048.item("200", "4000" + "0000"),
            "200",
            "I048/200 ground speed 1852.0 m/s outside [0 m/s, 1500 m/s]"),
        row(
            "I021/071 time of day 86,401 s",
            CAT021.with("071", "A8C080"),
            "071",
            "I021/071 time of day 86401.000 s outside [0 s, 86401 s)"),
        // I021/131 latitude 0x22000000 × 180/2³⁰ = 95.625°.
        row(
            "I021/131 latitude 95.625°",
            CAT021.with("131", "22000000" + "10000000"),
            "131",
            "I021/131 latitude 95.6250000° outside [-90, 90]"),
        // I021/131 longitude -0x48000000 × 180/2³⁰ = -202.5° (0xB8000000).
        row(
            "I021/131 longitude -202.5°",
            CAT021.with("131", "1E000000" + "B8000000"),
            "131",
            "I021/131 longitude -202.5000000° outside [-180, 180]"),
        // I021/130 (low resolution) latitude 0x440000 × 180/2²³ = 95.625°, longitude 45°.
        row(
            "I021/130 latitude 95.625°",
            CAT021.without("131").item("130", "440000" + "200000"),
            "130",
            "I021/130 latitude 95.6250000° outside [-90, 90]"),
        row(
            "I021/145 FL 1000",
            CAT021.item("145", "0FA0"),
            "145",
            "I021/145 pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
        // I021/140 geometric height 0x4000 × 6.25 ft = 102,400 ft.
        row(
            "I021/140 102,400 ft",
            CAT021.item("140", "4000"),
            "140",
            "I021/140 geometric altitude 31211.5 m outside [-1500 m, 30000 m]"),
        // I021/160 RE 0, ground speed 0x4000 × 2⁻¹⁴ NM/s = 1,852 m/s, track 0.
        row(
            "I021/160 1 NM/s",
            CAT021.item("160", "4000" + "0000"),
            "160",
            "I021/160 ground speed 1852.0 m/s outside [0 m/s, 1500 m/s]"),
        row(
            "I062/070 time of day 86,401 s",
            CAT062.with("070", "A8C080"),
            "070",
            "I062/070 time of day 86401.000 s outside [0 s, 86401 s)"),
        // I062/105 latitude 0x01100000 × 180/2²⁵ = 95.625°.
        row(
            "I062/105 latitude 95.625°",
            CAT062.with("105", "01100000" + "00800000"),
            "105",
            "I062/105 latitude 95.6250000° outside [-90, 90]"),
        // I062/105 longitude -0x02400000 × 180/2²⁵ = -202.5° (0xFDC00000).
        row(
            "I062/105 longitude -202.5°",
            CAT062.with("105", "00800000" + "FDC00000"),
            "105",
            "I062/105 longitude -202.5000000° outside [-180, 180]"),
        row(
            "I062/136 FL 1000",
            CAT062.item("136", "0FA0"),
            "136",
            "I062/136 pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
        row(
            "I062/130 102,400 ft",
            CAT062.item("130", "4000"),
            "130",
            "I062/130 geometric altitude 31211.5 m outside [-1500 m, 30000 m]"),
        // I062/185 vx = vy = 0x1200 × 1/4 m/s = 1,152 m/s: 1,629.2 m/s over ground.
        row(
            "I062/185 1,629 m/s",
            CAT062.item("185", "1200" + "1200"),
            "185",
            "I062/185 ground speed 1629.2 m/s outside [0 m/s, 1500 m/s]"),
        row(
            "I034/030 time of day 86,401 s",
            CAT034.with("030", "A8C080"),
            "030",
            "I034/030 time of day 86401.000 s outside [0 s, 86401 s)"),
        row(
            "I063/030 time of day 86,401 s",
            CAT063.with("030", "A8C080"),
            "030",
            "I063/030 time of day 86401.000 s outside [0 s, 86401 s)"));
  }

  private static Arguments row(String name, AsterixRecordBuilder r, String item, String reason) {
    return Arguments.of(name, r, item, reason);
  }

  private static AsterixObservationDecoder decoder() {
    return new AsterixObservationDecoder(
        AsterixEditions.latest(),
        List.of(new SensorCalibration("LT-R1", 25, 201, null, 40, 0.002, 50, 30)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfDomain")
  void aValueOutsideItsDomainIsAFailureAndGivesNoObservation(
      String name, AsterixRecordBuilder record, String item, String reason) {
    byte[] bad = record.block();
    byte[] good = CAT062.block();
    byte[] datagram = concat(bad, good);
    RecordingListener l = new RecordingListener();
    decoder().decode(datagram, 0, datagram.length, T, "udp", BASE, l);
    assertThat(l.failures)
        .containsExactly(new DecodeFailure("udp", BASE + record.offsetOf(item), reason));
    assertThat(l.observations)
        .as("only the valid track after the bad record")
        .singleElement()
        .satisfies(o -> assertThat(o.sensorId()).isEqualTo("LT-R1"));
    assertThat(l.statuses).isEmpty();

    List<DecodeFailure> checked = new ArrayList<>();
    AsterixDomainCheck check = new AsterixDomainCheck();
    new AsterixDecoder(AsterixEditions.latest())
        .decode(
            bad,
            0,
            bad.length,
            "file",
            0,
            new AsterixRecordSink() {
              @Override
              public void record(AsterixRecordView r) {
                assertThat(check.check(r, "file", checked::add)).isEqualTo(1);
                assertThat(check.check(r, "file", null)).as("counting only").isEqualTo(1);
              }

              @Override
              public void failure(DecodeFailure f, int skippedBytes) {
                throw new AssertionError(f);
              }
            });
    assertThat(checked).containsExactly(new DecodeFailure("file", record.offsetOf(item), reason));
  }

  static Stream<Arguments> insideTheDomain() {
    return Stream.of(
        Arguments.of("CAT048 plot as built", CAT048, 1),
        Arguments.of("I048/140 86,400.992 s (leap second)", CAT048.with("140", "A8C07F"), 1),
        Arguments.of("I048/090 FL 984 (29,992 m)", CAT048.with("090", "0F60"), 1),
        Arguments.of("I048/090 FL -49 (-1,494 m)", CAT048.with("090", "3F3C"), 1),
        Arguments.of("I048/200 0x3300 × 2⁻¹⁴ NM/s = 1,476 m/s", CAT048.item("200", "33000000"), 1),
        Arguments.of("CAT021 report as built", CAT021, 1),
        Arguments.of("I021/131 latitude 90°", CAT021.with("131", "20000000" + "10000000"), 1),
        Arguments.of("I021/131 longitude -180°", CAT021.with("131", "1E000000" + "C0000000"), 1),
        Arguments.of("CAT062 track as built", CAT062, 1),
        Arguments.of("I062/105 latitude -90°", CAT062.with("105", "FF000000" + "00800000"), 1),
        Arguments.of("I062/185 1,000 m/s east", CAT062.item("185", "0FA0" + "0000"), 1),
        Arguments.of("CAT034 north marker", CAT034, 0),
        Arguments.of("CAT063 status", CAT063, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("insideTheDomain")
  void valuesOnTheEdgeOfTheirDomainDecode(
      String name, AsterixRecordBuilder record, int observations) {
    byte[] b = record.block();
    RecordingListener l = new RecordingListener();
    decoder().decode(b, 0, b.length, T, "udp", BASE, l);
    assertThat(l.failures).isEmpty();
    assertThat(l.observations).hasSize(observations);
  }

  @Test
  void recordsOfUnknownSourcesAreNotChecked() {
    byte[] b = CAT062.with("010", "1907").with("105", "01100000" + "00800000").block();
    RecordingListener l = new RecordingListener();
    decoder().decode(b, 0, b.length, T, "udp", BASE, l);
    assertThat(l.failures).isEmpty();
    assertThat(l.unknown).containsExactly(25 << 8 | 7);
  }

  @Test
  void everyBadValueOfARecordIsReported() {
    AsterixRecordBuilder r =
        CAT062.with("105", "01100000" + "FDC00000").item("136", "0FA0").item("070", "FFFFFF");
    byte[] b = r.block();
    RecordingListener l = new RecordingListener();
    decoder().decode(b, 0, b.length, T, "udp", 0, l);
    assertThat(l.reasons())
        .containsExactly(
            "I062/070 time of day 131071.992 s outside [0 s, 86401 s)",
            "I062/105 latitude 95.6250000° outside [-90, 90]",
            "I062/105 longitude -202.5000000° outside [-180, 180]",
            "I062/136 pressure altitude 30480.0 m outside [-1500 m, 30000 m]");
    assertThat(l.observations).isEmpty();
  }
}
