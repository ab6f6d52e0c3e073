package org.sargas.formats.remoteid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;

/**
 * Values outside their domain in ASTM F3411-22a messages are failures naming the message, the field
 * and its octet; the message is dropped, the rest of its Message Pack is not. Each row patches one
 * field of the valid Location/Vector (or System) message of {@link RemoteIdDecoderTest},
 * little-endian as F3411 transmits.
 */
class RemoteIdDomainTest {
  // System: 0x42 (type 4, version 2); 0x05 (classification EU, operator location live GNSS); lat
  // 54.6800000, lon 25.2700000; area count 1; radius 0; ceiling 0 (unknown), floor 0 (unknown);
  // category/class 0x12; operator altitude 2300 (150 m); timestamp 0; reserved.
  static final String SYSTEM =
      "42"
          + "05"
          + "00e49720"
          + "20c3100f"
          + "0100"
          + "00"
          + "0000"
          + "0000"
          + "12"
          + "fc08"
          + "00000000"
          + "00";

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  /** The message with {@code value} written little-endian in {@code n} octets at {@code at}. */
  private static byte[] patched(String message, int at, int n, long value) {
    byte[] b = hex(message);
    for (int k = 0; k < n; k++) {
      b[at + k] = (byte) (value >>> (8 * k));
    }
    return b;
  }

  static Stream<Arguments> outOfDomain() {
    String loc = RemoteIdDecoderTest.LOCATION;
    return Stream.of(
        Arguments.of(
            "latitude 95°",
            patched(loc, 5, 4, 950_000_000),
            5,
            "Remote ID Location/Vector latitude 95.0000000° outside [-90, 90]"),
        Arguments.of(
            "latitude -90.0000001°",
            patched(loc, 5, 4, -900_000_001),
            5,
            "Remote ID Location/Vector latitude -90.0000001° outside [-90, 90]"),
        Arguments.of(
            "longitude -200°",
            patched(loc, 9, 4, -2_000_000_000),
            9,
            "Remote ID Location/Vector longitude -200.0000000° outside [-180, 180]"),
        Arguments.of(
            "pressure altitude 30,500 m (raw 63,000)",
            patched(loc, 13, 2, 63_000),
            13,
            "Remote ID Location/Vector pressure altitude 30500.0 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "geodetic altitude 31,767.5 m (raw 0xFFFF)",
            patched(loc, 15, 2, 0xffff),
            15,
            "Remote ID Location/Vector geodetic altitude 31767.5 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "height 30,000.5 m (raw 62,001)",
            patched(loc, 17, 2, 62_001),
            17,
            "Remote ID Location/Vector height 30000.5 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "vertical speed +63.5 m/s (raw 127)",
            patched(loc, 4, 1, 127),
            4,
            "Remote ID Location/Vector vertical speed 63.5 m/s outside [-62 m/s, 62 m/s]"),
        Arguments.of(
            "vertical speed -64 m/s (raw -128)",
            patched(loc, 4, 1, -128),
            4,
            "Remote ID Location/Vector vertical speed -64.0 m/s outside [-62 m/s, 62 m/s]"),
        Arguments.of(
            "timestamp 3600.0 s after the hour (raw 36,000)",
            patched(loc, 21, 2, 36_000),
            21,
            "Remote ID Location/Vector timestamp since the hour 3600.0 s outside [0 s, 3600 s)"),
        Arguments.of(
            "operator latitude 95°",
            patched(SYSTEM, 2, 4, 950_000_000),
            2,
            "Remote ID System operator latitude 95.0000000° outside [-90, 90]"),
        Arguments.of(
            "operator longitude 180.5°",
            patched(SYSTEM, 6, 4, 1_805_000_000),
            6,
            "Remote ID System operator longitude 180.5000000° outside [-180, 180]"),
        Arguments.of(
            "area ceiling 31,000 m (raw 64,000)",
            patched(SYSTEM, 13, 2, 64_000),
            13,
            "Remote ID System area ceiling 31000.0 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            "operator altitude 31,000 m",
            patched(SYSTEM, 18, 2, 64_000),
            18,
            "Remote ID System operator geodetic altitude 31000.0 m outside [-1500 m, 30000 m]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfDomain")
  void aValueOutsideItsDomainIsAFailureAndTheMessageIsDropped(
      String name, byte[] message, int fieldOctet, String reason) {
    List<RemoteIdMessage> ms = new ArrayList<>();
    List<DecodeFailure> fs = new ArrayList<>();
    assertThat(RemoteIdDecoder.decode(message, 0, 25, "rid", 100, ms::add, fs::add))
        .as("the framing holds")
        .isTrue();
    assertThat(ms).isEmpty();
    assertThat(fs).containsExactly(new DecodeFailure("rid", 100 + fieldOctet, reason));
    assertThat(RemoteIdDecoder.decode(message, 0, 25, "rid", 100, ms::add).reason())
        .isEqualTo(reason);
  }

  static Stream<Arguments> edgesOfTheDomain() {
    String loc = RemoteIdDecoderTest.LOCATION;
    return Stream.of(
        Arguments.of("latitude 90°", patched(loc, 5, 4, 900_000_000)),
        Arguments.of("latitude -90°", patched(loc, 5, 4, -900_000_000)),
        Arguments.of("longitude 180°", patched(loc, 9, 4, 1_800_000_000)),
        Arguments.of("longitude -180°", patched(loc, 9, 4, -1_800_000_000)),
        Arguments.of("geodetic altitude 30,000 m", patched(loc, 15, 2, 62_000)),
        Arguments.of("geodetic altitude unknown (raw 0)", patched(loc, 15, 2, 0)),
        Arguments.of("vertical speed 62 m/s", patched(loc, 4, 1, 124)),
        Arguments.of("vertical speed -62 m/s", patched(loc, 4, 1, -124)),
        Arguments.of("vertical speed unknown (raw 126)", patched(loc, 4, 1, 126)),
        Arguments.of("timestamp 3599.9 s", patched(loc, 21, 2, 35_999)),
        Arguments.of("timestamp unknown (0xFFFF)", patched(loc, 21, 2, 0xffff)),
        Arguments.of("no position (0, 0)", patched(patched(loc, 5, 4, 0), 9, 4, 0)),
        Arguments.of("System as built", hex(SYSTEM)),
        Arguments.of("operator position unknown", patched(patched(SYSTEM, 2, 4, 0), 6, 4, 0)));
  }

  private static byte[] patched(byte[] message, int at, int n, long value) {
    return patched(HexFormat.of().formatHex(message), at, n, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgesOfTheDomain")
  void valuesOnTheEdgeOfTheDomainOrUnknownDecode(String name, byte[] message) {
    List<RemoteIdMessage> ms = new ArrayList<>();
    List<DecodeFailure> fs = new ArrayList<>();
    assertThat(RemoteIdDecoder.decode(message, 0, 25, "rid", 0, ms::add, fs::add)).isTrue();
    assertThat(fs).isEmpty();
    assertThat(ms).hasSize(1);
  }

  @Test
  void theRestOfAMessagePackStillDecodes() {
    String badLocation =
        HexFormat.of().formatHex(patched(RemoteIdDecoderTest.LOCATION, 5, 4, 950_000_000));
    byte[] pack =
        hex(
            "f0"
                + "19"
                + "03"
                + RemoteIdDecoderTest.BASIC
                + badLocation
                + RemoteIdDecoderTest.OPERATOR);
    List<RemoteIdMessage> ms = new ArrayList<>();
    List<DecodeFailure> fs = new ArrayList<>();
    assertThat(RemoteIdDecoder.decode(pack, 0, pack.length, "rid", 0, ms::add, fs::add)).isTrue();
    assertThat(ms)
        .extracting(RemoteIdMessage::type)
        .containsExactly(RemoteIdMessageType.BASIC_ID, RemoteIdMessageType.OPERATOR_ID);
    assertThat(fs)
        .singleElement()
        .satisfies(f -> assertThat(f.offset()).as("pack header 3 + Basic ID 25 + 5").isEqualTo(33));

    RecordingListener l = new RecordingListener();
    RemoteIdObservationDecoder d =
        new RemoteIdObservationDecoder(new SensorCalibration("rid-1", -1, -1, null, 0, 0, 30, 15));
    assertThat(d.decode(pack, 0, pack.length, Instant.EPOCH, "rid", 0, l)).isZero();
    assertThat(l.observations).as("no observation from latitude 95°").isEmpty();
    assertThat(l.reasons())
        .containsExactly("Remote ID Location/Vector latitude 95.0000000° outside [-90, 90]");
    assertThat(l.alive).as("the receiver still heard a valid broadcast").containsExactly("rid-1");
  }

  @Test
  void theAdapterRefusesOutOfDomainPositionsBuiltByHand() {
    RemoteIdMessage.LocationVector bad =
        new RemoteIdMessage.LocationVector(
            RemoteIdOperationalStatus.AIRBORNE,
            0,
            0,
            0,
            54.0,
            -200.0,
            Double.NaN,
            100,
            Double.NaN,
            false,
            10,
            3,
            0);
    assertThat(
            new RemoteIdObservationAdapter("rid-1", 30).toObservation(List.of(bad), Instant.EPOCH))
        .isNull();
  }
}
