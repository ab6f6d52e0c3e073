package org.sargas.formats.remoteid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;

/** Hand-built ASTM F3411-22a vectors, annotated octet by octet. */
class RemoteIdDecoderTest {
  // Basic ID: 0x00 (type 0, version 0); 0x12 (ID type 1 serial, UA type 2 rotorcraft); "SRG-1234"
  // padded to 20 octets; 3 reserved.
  static final String BASIC = "00" + "12" + "5352472d31323334" + "00".repeat(12) + "000000";
  // Location: 0x12 (type 1, version 2); 0x26 (status 2 airborne, height AGL, E/W west, x0.25);
  // direction 10 (+180 = 190 deg); speed 40 (10 m/s); vspeed -4 (-2 m/s); lat 54.6872000 and lon
  // 25.2797000 (int32 LE x1e7); pressure alt 2400 (200 m); geo alt 2460 (230 m); height 2100 (50
  // m); accuracies 0x3B (vertical 3, horizontal 11); 0x04; timestamp 600 (60.0 s); 0x01; 0.
  static final String LOCATION =
      "12"
          + "26"
          + "0a"
          + "28"
          + "fc"
          + "c09a9820"
          + "4860110f"
          + "6009"
          + "9c09"
          + "3408"
          + "3b"
          + "04"
          + "5802"
          + "01"
          + "00";
  static final String OPERATOR = "52" + "00" + "4c54552d4f502d31" + "00".repeat(12) + "000000";

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  @Test
  void messagePackWithBasicIdLocationAndOperator() {
    byte[] pack = hex("f0" + "19" + "03" + BASIC + LOCATION + OPERATOR);
    List<RemoteIdMessage> ms = new ArrayList<>();
    assertThat(RemoteIdDecoder.decode(pack, 0, pack.length, "t", 0, ms::add)).isNull();
    assertThat(ms).hasSize(3);
    assertThat(ms.get(0))
        .isEqualTo(
            new RemoteIdMessage.BasicId(
                RemoteIdIdType.SERIAL_NUMBER, RemoteIdUaType.HELICOPTER_OR_MULTIROTOR, "SRG-1234"));
    RemoteIdMessage.LocationVector l = (RemoteIdMessage.LocationVector) ms.get(1);
    assertThat(l.status()).isEqualTo(RemoteIdOperationalStatus.AIRBORNE);
    assertThat(l.directionDeg()).isEqualTo(190.0);
    assertThat(l.speedMps()).isEqualTo(10.0);
    assertThat(l.verticalSpeedMps()).isEqualTo(-2.0);
    assertThat(l.latDeg()).isCloseTo(54.6872, within(1e-9));
    assertThat(l.lonDeg()).isCloseTo(25.2797, within(1e-9));
    assertThat(l.pressureAltitudeM()).isEqualTo(200.0);
    assertThat(l.geodeticAltitudeM()).isEqualTo(230.0);
    assertThat(l.heightM()).isEqualTo(50.0);
    assertThat(l.heightAboveGround()).isTrue();
    assertThat(l.horizontalAccuracy()).isEqualTo(11);
    assertThat(l.timestampTenthsSinceHour()).isEqualTo(600);
    assertThat(ms.get(2)).isEqualTo(new RemoteIdMessage.OperatorId(0, "LTU-OP-1"));
    Observation o = new RemoteIdObservationAdapter("rid-1", 30).toObservation(ms, Instant.EPOCH);
    assertThat(o.identity().remoteIdSerial()).isEqualTo("SRG-1234");
    assertThat(((GeodeticMeasurement) o.measurement()).sigmaHorizontalM())
        .as("category 11: < 3 m at 95 %")
        .isEqualTo(1.5);
    assertThat(o.altitudeM()).isEqualTo(230.0);
  }

  @Test
  void malformedInputIsAFailure() {
    List<RemoteIdMessage> ms = new ArrayList<>();
    DecodeFailure f = RemoteIdDecoder.decode(hex("f01905" + BASIC), 0, 28, "t", 9, ms::add);
    assertThat(f.reason()).contains("needs 128 octets");
    assertThat(f.offset()).isEqualTo(9);
    assertThat(RemoteIdDecoder.decode(hex("f01801"), 0, 3, "t", 0, ms::add).reason())
        .contains("size 24");
    assertThat(RemoteIdDecoder.decode(hex("70"), 0, 1, "t", 0, ms::add).reason())
        .contains("reserved");
    assertThat(RemoteIdDecoder.decode(hex(LOCATION), 0, 24, "t", 0, ms::add).reason())
        .contains("24 octets");
    byte[] nested = hex("f01901" + "f0190000" + "00".repeat(21));
    assertThat(RemoteIdDecoder.decode(nested, 0, nested.length, "t", 0, ms::add).reason())
        .contains("nested");
    assertThat(ms).isEmpty();
  }
}
