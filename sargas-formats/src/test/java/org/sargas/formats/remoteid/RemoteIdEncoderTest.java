package org.sargas.formats.remoteid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;

/**
 * A Message Pack encoded here decodes field by field to what was encoded, and to an observation.
 */
class RemoteIdEncoderTest {
  @Test
  void messagePackRoundTripsThroughTheDecoderAndBecomesAnObservation() {
    byte[] basic = new byte[25];
    byte[] loc = new byte[25];
    byte[] sys = new byte[25];
    RemoteIdEncoder.basicId(
        RemoteIdIdType.SERIAL_NUMBER,
        RemoteIdUaType.HELICOPTER_OR_MULTIROTOR,
        "1581F5FKD229400EH",
        basic,
        0);
    RemoteIdEncoder.location(55.6181234, 12.6561234, 123.5, 271, 12.25, -1.5, 10, 12345, loc, 0);
    RemoteIdEncoder.system(55.61, 12.64, 200_000_000L, sys, 0);
    byte[] pack = new byte[3 + 3 * 25];
    assertThat(RemoteIdEncoder.messagePack(List.of(basic, loc, sys), pack, 0))
        .isEqualTo(pack.length);

    List<RemoteIdMessage> msgs = new ArrayList<>();
    assertThat(RemoteIdDecoder.decode(pack, 0, pack.length, "t", 0, msgs::add)).isNull();
    assertThat(msgs).hasSize(3);
    RemoteIdMessage.BasicId b = (RemoteIdMessage.BasicId) msgs.get(0);
    assertThat(b.uasId()).isEqualTo("1581F5FKD229400EH");
    assertThat(b.uaType()).isEqualTo(RemoteIdUaType.HELICOPTER_OR_MULTIROTOR);
    RemoteIdMessage.LocationVector l = (RemoteIdMessage.LocationVector) msgs.get(1);
    assertThat(l.latDeg()).isCloseTo(55.6181234, within(1e-7));
    assertThat(l.lonDeg()).isCloseTo(12.6561234, within(1e-7));
    assertThat(l.geodeticAltitudeM()).isEqualTo(123.5);
    assertThat(l.directionDeg()).as("west half: E/W flag + 91").isEqualTo(271);
    assertThat(l.speedMps()).isEqualTo(12.25);
    assertThat(l.verticalSpeedMps()).isEqualTo(-1.5);
    assertThat(l.horizontalAccuracy()).isEqualTo(10);
    assertThat(l.timestampTenthsSinceHour()).isEqualTo(12345);
    RemoteIdMessage.SystemInfo s = (RemoteIdMessage.SystemInfo) msgs.get(2);
    assertThat(s.operatorLatDeg()).isCloseTo(55.61, within(1e-7));
    assertThat(s.timestampS()).isEqualTo(200_000_000L);

    List<Observation> out = new ArrayList<>();
    new RemoteIdObservationDecoder(new SensorCalibration("RID", -1, -1, null, 0, 0, 10, 15))
        .decode(
            pack,
            0,
            pack.length,
            Instant.parse("2025-09-22T18:40:00Z"),
            "udp",
            0,
            new DecodeListener() {
              @Override
              public void observation(Observation o) {
                out.add(o);
              }

              @Override
              public void failure(DecodeFailure f) {
                throw new AssertionError(f.toString());
              }
            });
    assertThat(out)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.sensorId()).isEqualTo("RID");
              assertThat(o.identity().remoteIdSerial()).isEqualTo("1581F5FKD229400EH");
              assertThat(o.identity().operatorPosition().latDeg()).isCloseTo(55.61, within(1e-7));
              assertThat(((GeodeticMeasurement) o.measurement()).sigmaHorizontalM())
                  .as("category 10: < 10 m at 95 %")
                  .isEqualTo(5.0);
            });
  }

  @Test
  void aTruncatedPackIsAFailureNamingItsLength() {
    byte[] pack = new byte[3 + 25];
    RemoteIdEncoder.messagePack(List.of(new byte[25]), pack, 0);
    List<RemoteIdMessage> msgs = new ArrayList<>();
    DecodeFailure f = RemoteIdDecoder.decode(pack, 0, 20, "udp", 7, msgs::add);
    assertThat(f).isNotNull();
    assertThat(f.offset()).isEqualTo(7);
    assertThat(f.reason()).contains("needs 28");
  }

  @Test
  void theEventTimeIsTheBroadcastsOwnStampOnTheNearestHour() {
    Instant rx = Instant.parse("2025-09-22T18:59:59.950Z");
    // 59:59.9 → same hour; 00:00.3 of the next hour → next hour; a stamp far from receipt →
    // receipt.
    assertThat(RemoteIdObservationAdapter.eventTime(35_999, rx))
        .isEqualTo(Instant.parse("2025-09-22T18:59:59.900Z"));
    assertThat(RemoteIdObservationAdapter.eventTime(3, rx))
        .isEqualTo(Instant.parse("2025-09-22T19:00:00.300Z"));
    assertThat(RemoteIdObservationAdapter.eventTime(18_000, rx)).isEqualTo(rx);
    assertThat(RemoteIdObservationAdapter.eventTime(0xffff, rx)).isEqualTo(rx);
  }
}
