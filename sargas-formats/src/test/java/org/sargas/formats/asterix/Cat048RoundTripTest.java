package org.sargas.formats.asterix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.asterix.cat048.Cat048DetectionType;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

class Cat048RoundTripTest {
  private final AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());

  static Cat048Record dlh65a() {
    return new Cat048Record(
        25,
        201,
        27354.6015625,
        Cat048DetectionType.MODE_S_ROLL_CALL,
        50607 / 256.0 * 1852.0,
        Math.toRadians(61920 * 360.0 / 65536.0),
        01000,
        330.0,
        0x3C660C,
        "DLH65A",
        3563,
        0.1348 * 1852.0,
        Math.toRadians(40.5));
  }

  @Test
  void encodesTheItemsOfAHandBuiltVectorBitForBit() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    Cat048Encoder.encodeBlock(
        buf,
        List.of(
            new Cat048Record(
                25,
                201,
                27354.6015625,
                Cat048DetectionType.MODE_S_ROLL_CALL,
                50607 / 256.0 * 1852.0,
                Math.toRadians(61920 * 360.0 / 65536.0),
                01000,
                330.0,
                0x3C660C,
                "DLH65A",
                -1,
                Double.NaN,
                Double.NaN)));
    // FSPEC FD 80: FRN 1-6 (010 140 020 040 070 090), FX, FRN 8 (220) and 9 (240).
    // 010 = 19 C9 (SAC 25, SIC 201); 140 = 35 6D 4D; 020 = A0 (TYP 5); 040 = C5AF F1E0;
    // 070 = 0200 (octal 1000); 090 = 0528 (1320/4 = FL330); 220 = 3C660C; 240 = DLH65A.
    assertThat(HexFormat.of().withUpperCase().formatHex(buf.array(), 0, buf.position()))
        .isEqualTo(
            "30001C"
                + "FDC0"
                + "19C9"
                + "356D4D"
                + "A0"
                + "C5AFF1E0"
                + "0200"
                + "0528"
                + "3C660C"
                + "10C236D41820");
  }

  @Test
  void decodesWhatItEncodes() {
    ByteBuffer buf = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(
        buf, List.of(dlh65a(), Cat048Record.primaryPlot(25, 201, 10.5, 1000, 1.0)));
    CollectingSink<Cat048Record> sink =
        new CollectingSink<>(r -> new Cat048View().wrap(r).toRecord());
    decoder.decode(buf.array(), 0, buf.position(), "test", 0, sink);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.records).hasSize(2);
    Cat048Record a = sink.records.get(0);
    Cat048Record e = dlh65a();
    assertThat(a.sac()).isEqualTo(25);
    assertThat(a.sic()).isEqualTo(201);
    assertThat(a.callsign()).isEqualTo("DLH65A");
    assertThat(a.icaoAddress()).isEqualTo(0x3C660C);
    assertThat(a.mode3aOctal()).isEqualTo("1000");
    assertThat(a.flightLevel()).isEqualTo(330.0);
    assertThat(a.trackNumber()).isEqualTo(3563);
    assertThat(a.rangeM()).isCloseTo(e.rangeM(), within(1e-6));
    assertThat(Math.toDegrees(a.azimuthRad())).isCloseTo(340.1367188, within(1e-6));
    assertThat(a.groundSpeedMps()).isCloseTo(e.groundSpeedMps(), within(1852.0 / 16384));
    assertThat(a.headingRad()).isCloseTo(e.headingRad(), within(1e-4));
    assertThat(a.detectionType()).isEqualTo(Cat048DetectionType.MODE_S_ROLL_CALL);
    Cat048Record p = sink.records.get(1);
    assertThat(p.detectionType()).isEqualTo(Cat048DetectionType.PSR);
    assertThat(p.icaoAddress()).isEqualTo(-1);
    assertThat(p.callsign()).isNull();
    assertThat(p.flightLevel()).isNaN();
  }

  static IntStream seeds() {
    return IntStream.range(0, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomRecordsSurviveEncodeDecodeWithinWireResolution(int seed) {
    Random rnd = new Random(seed);
    List<Cat048Record> in = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      in.add(
          new Cat048Record(
              rnd.nextInt(256),
              rnd.nextInt(256),
              rnd.nextDouble() * 86399,
              Cat048DetectionType.ofCode(rnd.nextInt(8)),
              rnd.nextDouble() * 255 * 1852,
              rnd.nextDouble() * 2 * Math.PI,
              rnd.nextBoolean() ? rnd.nextInt(4096) : -1,
              rnd.nextBoolean() ? rnd.nextInt(1200) / 4.0 - 10 : Double.NaN,
              rnd.nextBoolean() ? rnd.nextInt(1 << 24) : -1,
              rnd.nextBoolean() ? "AB" + rnd.nextInt(9999) : null,
              rnd.nextBoolean() ? rnd.nextInt(4096) : -1,
              rnd.nextDouble() * 300,
              rnd.nextDouble() * 6.28));
    }
    ByteBuffer buf = ByteBuffer.allocate(in.size() * Cat048Encoder.MAX_RECORD_OCTETS + 3);
    Cat048Encoder.encodeBlock(buf, in);
    CollectingSink<Cat048Record> sink =
        new CollectingSink<>(r -> new Cat048View().wrap(r).toRecord());
    decoder.decode(buf.array(), 0, buf.position(), "test", 0, sink);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.records).hasSize(in.size());
    for (int k = 0; k < in.size(); k++) {
      Cat048Record e = in.get(k);
      Cat048Record a = sink.records.get(k);
      assertThat(a.sac()).isEqualTo(e.sac());
      assertThat(a.timeOfDayS()).isCloseTo(e.timeOfDayS(), within(1 / 256.0));
      assertThat(a.rangeM()).isCloseTo(e.rangeM(), within(1852 / 512.0));
      assertThat(Math.abs(Math.IEEEremainder(a.azimuthRad() - e.azimuthRad(), 2 * Math.PI)))
          .isLessThan(Math.PI / 65536 + 1e-12);
      assertThat(a.mode3a()).isEqualTo(e.mode3a());
      if (Double.isNaN(e.flightLevel())) {
        assertThat(a.flightLevel()).isNaN();
      } else {
        assertThat(a.flightLevel()).isEqualTo(e.flightLevel());
      }
      assertThat(a.icaoAddress()).isEqualTo(e.icaoAddress());
      assertThat(a.callsign()).isEqualTo(e.callsign());
      assertThat(a.trackNumber()).isEqualTo(e.trackNumber());
      assertThat(a.detectionType()).isEqualTo(e.detectionType());
    }
  }

  @Test
  void adapterMakesAPolarObservationWithSensorIdTimeAndIdentity() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    Cat048Encoder.encodeBlock(buf, List.of(dlh65a()));
    Cat048ObservationAdapter adapter = new Cat048ObservationAdapter(50.0, 0.001);
    List<Observation> obs = new ArrayList<>();
    decoder.decode(
        buf.array(),
        0,
        buf.position(),
        "t",
        0,
        new CollectingSink<>(
            r -> {
              obs.add(
                  adapter.toObservation(
                      new Cat048View().wrap(r), Instant.parse("2026-11-21T08:00:00Z")));
              return r;
            }));
    Observation o = obs.get(0);
    assertThat(o.sensorId()).isEqualTo("25/201");
    assertThat(o.time()).isEqualTo(Instant.parse("2026-11-21T07:35:54.6015625Z"));
    assertThat(o.measurement()).isInstanceOf(PolarMeasurement.class);
    PolarMeasurement m = (PolarMeasurement) o.measurement();
    assertThat(m.rangeM()).isCloseTo(197.6835938 * 1852, within(0.01));
    assertThat(m.sigmaRangeM()).isEqualTo(50.0);
    assertThat(o.altitudeM()).isCloseTo(33000 * 0.3048, within(1e-6));
    assertThat(o.identity().icaoAddress()).isEqualTo("3C660C");
    assertThat(o.identity().callsign()).isEqualTo("DLH65A");
    assertThat(o.identity().mode3a()).isEqualTo("1000");
  }

  @Test
  void timeOfDayResolvesAcrossMidnight() {
    assertThat(TimeOfDay.resolve(86399.5, Instant.parse("2026-11-21T00:00:01Z")))
        .isEqualTo(Instant.parse("2026-11-20T23:59:59.500Z"));
    assertThat(TimeOfDay.resolve(0.5, Instant.parse("2026-11-20T23:59:59Z")))
        .isEqualTo(Instant.parse("2026-11-21T00:00:00.500Z"));
  }
}
