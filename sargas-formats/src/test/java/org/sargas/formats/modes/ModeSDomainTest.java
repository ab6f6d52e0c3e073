package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;

/**
 * Mode S values outside their domain (ICAO Annex 10 Vol IV, DO-260B): each row is one frame built
 * field by field; a value outside its domain is a failure naming DF, type code and field, and the
 * frame gives no position.
 */
class ModeSDomainTest {
  private static final int ICAO = 0x4840D6;

  /** {@code value} into ME bits {@code from1 .. from1 + bits - 1} (DO-260B numbering, 1 = MSB). */
  private static long me(long me, int from1, int bits, long value) {
    return me | (value & ((1L << bits) - 1)) << (57 - from1 - bits);
  }

  /** A DF17 frame (CA 5) of {@link #ICAO} with the given ME and a valid CRC. */
  static byte[] df17(long me) {
    byte[] f = new byte[14];
    f[0] = (byte) (17 << 3 | 5);
    f[1] = (byte) (ICAO >>> 16);
    f[2] = (byte) (ICAO >>> 8);
    f[3] = (byte) ICAO;
    for (int k = 0; k < 7; k++) {
      f[4 + k] = (byte) (me >>> (48 - 8 * k));
    }
    int p = ModeSCrc.parity(f, 0, 11);
    f[11] = (byte) (p >>> 16);
    f[12] = (byte) (p >>> 8);
    f[13] = (byte) p;
    return f;
  }

  /** A DF4 surveillance altitude reply: FS 0, DR 0, UM 0, the 13-bit AC field, AP 0x123456. */
  static byte[] df4(int ac13) {
    return new byte[] {(byte) (4 << 3), 0, (byte) (ac13 >>> 8), (byte) ac13, 0x12, 0x34, 0x56};
  }

  /** The Gillham (Q = 0, M = 0) 13-bit AC code of {@code ft}. */
  static int gillham13(double ft) {
    return IntStream.range(0, 1 << 13)
        .filter(c -> (c & 0x50) == 0 && AltitudeCodes.ac13Ft(c) == ft)
        .findFirst()
        .orElseThrow();
  }

  /** The 12-bit ES altitude code (Q = 0, Gillham) of {@code ft}. */
  static int gillham12(double ft) {
    return IntStream.range(0, 1 << 12)
        .filter(c -> (c & 0x10) == 0 && AltitudeCodes.ac12Ft(c) == ft)
        .findFirst()
        .orElseThrow();
  }

  /** TC 11 airborne position: SS 0, altitude code, T 0, F {@code odd}, CPR latitude, longitude. */
  static long position(int alt12, int odd, int cprLat, int cprLon) {
    long m = me(0, 1, 5, 11);
    m = me(m, 9, 12, alt12);
    m = me(m, 22, 1, odd);
    m = me(m, 23, 17, cprLat);
    return me(m, 40, 17, cprLon);
  }

  /** TC 19 ground velocity, subtype 1 (subsonic) or 2 (supersonic ×4): east and north codes. */
  static long velocity(int subtype, int vew, int vns) {
    long m = me(0, 1, 5, 19);
    m = me(m, 6, 3, subtype);
    m = me(m, 15, 10, vew);
    m = me(m, 26, 10, vns);
    return me(m, 38, 9, 1); // vertical rate code 1: 0 ft/min
  }

  /** TC 19 airspeed, subtype 3 or 4 (×4): heading unavailable, IAS, airspeed code. */
  static long airspeed(int subtype, int code) {
    long m = me(0, 1, 5, 19);
    m = me(m, 6, 3, subtype);
    return me(m, 26, 10, code);
  }

  static Stream<Arguments> outOfDomain() {
    return Stream.of(
        Arguments.of(
            "DF4 AC 100,000 ft (Gillham)",
            df4(gillham13(100_000)),
            "DF4 AC pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "DF17 TC11 altitude 100,000 ft (Gillham)",
            df17(position(gillham12(100_000), 0, 50_000, 50_000)),
            "DF17 TC11 AC pressure altitude 30480.0 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "DF17 TC19 supersonic 1,022 × 4 kt east and north (5,781 kt)",
            df17(velocity(2, 1023, 1023)),
            "DF17 TC19 velocity ground speed 2974.2 m/s outside [0 m/s, 1500 m/s]"),
        Arguments.of(
            "DF17 TC19 airspeed 1,022 × 4 kt (subtype 4)",
            df17(airspeed(4, 1023)),
            "DF17 TC19 velocity airspeed 2103.0 m/s outside [0 m/s, 1500 m/s]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfDomain")
  void aValueOutsideItsDomainIsAFailure(String name, byte[] frame, String reason) {
    ModeSFields f = new ModeSFields();
    DecodeFailure fail = new ModeSDecoder().decode(frame, 0, frame.length, 0, f, "rx", 42);
    assertThat(fail).isEqualTo(new DecodeFailure("rx", 42, reason));
    assertThat(f.latDeg).isNaN();
    assertThat(f.altitudeFt).isNaN();
    assertThat(f.groundSpeedKt).isNaN();
    assertThat(f.airspeedKt).isNaN();
  }

  static Stream<Arguments> insideTheDomain() {
    return Stream.of(
        Arguments.of("DF4 AC 98,400 ft", df4(gillham13(98_400))),
        Arguments.of("DF17 TC11 98,400 ft", df17(position(gillham12(98_400), 0, 50_000, 50_000))),
        Arguments.of("DF17 TC19 subsonic maximum 1,445 kt", df17(velocity(1, 1023, 1023))),
        Arguments.of("DF17 TC19 supersonic 2,900 kt", df17(velocity(2, 514, 514))),
        Arguments.of("DF17 TC19 airspeed 1,022 kt (subtype 3)", df17(airspeed(3, 1023))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("insideTheDomain")
  void valuesInsideTheDomainDecode(String name, byte[] frame) {
    ModeSFields f = new ModeSFields();
    assertThat(new ModeSDecoder().decode(frame, 0, frame.length, 0, f, "rx", 0)).isNull();
  }

  @Test
  void aCprPositionOffTheGlobeIsAFailureAndIsForgotten() {
    // Receiver at 89.9° N: local decoding of an even message with CPR latitude 1,311 (yz = 0.01)
    // lands in zone j = 15 of 6°: 6 × (15 + 1311/2¹⁷) = 90.06° N.
    ModeSDecoder d = new ModeSDecoder(16, 60_000, false, 89.9, 0.0);
    ModeSFields f = new ModeSFields();
    byte[] frame = df17(position(AltitudeCodes.encodeAc12Ft(30_000), 0, 1311, 0));
    assertThat(d.decode(frame, 0, 14, 1000, f, "rx", 7))
        .isEqualTo(
            new DecodeFailure("rx", 7, "DF17 TC11 CPR latitude 90.0600128° outside [-90, 90]"));
    assertThat(f.latDeg).isNaN();
    assertThat(f.altitudeFt).as("the rest of the frame is decoded").isEqualTo(30_000.0);
  }

  @Test
  void localDecodingAcrossTheAntimeridianGivesALongitudeInRange() {
    ModeSDecoder d = new ModeSDecoder(16, 60_000, false, 0.5, 179.99);
    ModeSFields f = new ModeSFields();
    byte[] frame = new byte[14];
    ExtendedSquitterEncoder.airbornePosition(ICAO, 0.5, -179.995, 30_000, false, frame, 0);
    assertThat(d.decode(frame, 0, 14, 1000, f, "rx", 0)).isNull();
    assertThat(f.lonDeg).isCloseTo(-179.995, within(1e-3));
  }

  @Test
  void theReceiverGivesNoObservationFromAnOutOfDomainFrame() {
    AvrObservationDecoder d =
        new AvrObservationDecoder(new SensorCalibration("rx", -1, -1, null, 0, 0, 100, 20));
    StringBuilder avr = new StringBuilder();
    byte[] even = df17(position(gillham12(100_000), 0, 93_000, 51_372));
    byte[] odd = df17(position(gillham12(100_000), 1, 74_158, 50_194));
    avr.append(AvrCodec.format(even, 0, 14)).append('\n');
    avr.append(AvrCodec.format(odd, 0, 14)).append('\n');
    byte[] text = avr.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    RecordingListener l = new RecordingListener();
    d.decode(text, 0, text.length, Instant.EPOCH, "avr", 0, l);
    assertThat(l.observations).isEmpty();
    assertThat(l.reasons())
        .containsExactly(
            "DF17 TC11 AC pressure altitude 30480.0 m outside [-1500 m, 30000 m]",
            "DF17 TC11 AC pressure altitude 30480.0 m outside [-1500 m, 30000 m]");
  }
}
