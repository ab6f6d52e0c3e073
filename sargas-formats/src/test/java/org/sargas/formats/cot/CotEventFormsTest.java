package org.sargas.formats.cot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** A track as a CoT event, in XML (schema-valid) and in TAK protocol v1 (mesh and stream). */
class CotEventFormsTest {
  private static final Instant T = Instant.parse("2026-09-10T02:31:07.250Z");

  static Track drone(StandardIdentity identity, String callsign) {
    return new Track(
        "T0000042",
        T,
        new GeoPoint(54.6872345, 25.2797123, 310.0),
        30.0,
        -30.0,
        0.0,
        400.0,
        100.0,
        0.0,
        TrackState.CONFIRMED,
        new Identity(null, callsign, "7000", null, null),
        new Classification(TargetClass.LOITERING_MUNITION, 0.8, "speed and height"),
        12,
        IdentityAssessment.automatic(identity, List.of("entered national airspace")));
  }

  @Test
  void aHostileLoiteringMunitionBecomesAHostileUavEvent() {
    CotEvent e =
        TrackCotEvents.of(
            drone(StandardIdentity.HOSTILE, "GERAN<1>"),
            "sargas-LTU",
            T.plusMillis(500),
            Duration.ofSeconds(20));
    assertThat(e.uid()).isEqualTo("sargas-LTU-T0000042");
    assertThat(e.type()).isEqualTo("a-h-A-M-F-Q");
    assertThat(e.how()).isEqualTo("m-g");
    assertThat(e.start()).isEqualTo(T);
    assertThat(e.stale()).isEqualTo(T.plusSeconds(20));
    assertThat(e.courseDeg()).isCloseTo(135.0, within(1e-9));
    assertThat(e.speedMps()).isCloseTo(Math.hypot(30, 30), within(1e-9));
    assertThat(e.ceM()).isCloseTo(20.0 * TrackCotEvents.CE90_PER_SIGMA, within(1e-9));
    assertThat(e.callsign()).isEqualTo("GERAN<1>");
    assertThat(e.remarks()).contains("LOITERING_MUNITION", "HOSTILE", "Mode 3/A 7000");
  }

  @Test
  void anOperatorSetIdentityIsHumanEstimatedAndNoCallsignUsesTheTrackId() {
    Track t =
        drone(StandardIdentity.SUSPECT, null)
            .withAssessment(new IdentityAssessment(StandardIdentity.SUSPECT, List.of(), "op1", T));
    CotEvent e = TrackCotEvents.of(t, "x", T, Duration.ofSeconds(5));
    assertThat(e.how()).isEqualTo("h-e");
    assertThat(e.callsign()).isEqualTo("T0000042");
    assertThat(e.type()).isEqualTo("a-s-A-M-F-Q");
  }

  @Test
  void xmlIsValidAgainstTheCotEventSchemaAndReadsBack() {
    CotEvent e =
        TrackCotEvents.of(
            drone(StandardIdentity.HOSTILE, "GERAN<1>&\"x\""), "sargas", T, Duration.ofSeconds(20));
    byte[] xml = CotXml.bytes(e);
    CotSchema.validate(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("type=\"a-h-A-M-F-Q\"")
        .contains("time=\"2026-09-10T02:31:07.250Z\"")
        .contains("stale=\"2026-09-10T02:31:27.250Z\"")
        .contains("<point lat=\"54.6872345\" lon=\"25.2797123\" hae=\"310.0\"")
        .contains("le=\"9999999.0\"")
        .contains("<track course=\"135.00\" speed=\"42.43\"/>");
    CotEvent back = CotXml.parse(xml);
    assertThat(back.callsign()).isEqualTo("GERAN<1>&\"x\"");
    assertThat(back.latDeg()).isEqualTo(54.6872345);
    assertThat(back.leM()).isNaN();
    assertThat(back.start()).isEqualTo(T);
    assertThat(back.type()).isEqualTo(e.type());
  }

  @Test
  void aWholeSecondIsWrittenWithMilliseconds() {
    CotEvent e =
        TrackCotEvents.of(
            drone(StandardIdentity.UNKNOWN, null),
            "s",
            Instant.parse("2026-09-10T02:31:00Z"),
            Duration.ofSeconds(1));
    assertThat(CotXml.write(e)).contains("time=\"2026-09-10T02:31:00.000Z\"");
  }

  @Test
  void theSchemaRejectsAnEventWithoutPointOrWithALatitudeOutOfRange() {
    assertThatThrownBy(
            () ->
                CotSchema.validate(
                    ("<event version=\"2.0\" uid=\"a\" type=\"a-u-A\" how=\"m-g\""
                            + " time=\"2026-01-01T00:00:00Z\" start=\"2026-01-01T00:00:00Z\""
                            + " stale=\"2026-01-01T00:00:10Z\"><detail/></event>")
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(
            () ->
                CotSchema.validate(
                    ("<event version=\"2.0\" uid=\"a\" type=\"a-u-A\" how=\"m-g\""
                            + " time=\"2026-01-01T00:00:00Z\" start=\"2026-01-01T00:00:00Z\""
                            + " stale=\"2026-01-01T00:00:10Z\"><point lat=\"91\" lon=\"0\""
                            + " hae=\"0\" ce=\"1\" le=\"1\"/></event>")
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void takMeshDatagramHasTheHeaderAndReadsBack() {
    CotEvent e =
        TrackCotEvents.of(drone(StandardIdentity.HOSTILE, "G1"), "s", T, Duration.ofSeconds(20));
    byte[] d = TakProtocol.meshDatagram(e);
    assertThat(d[0] & 0xff).isEqualTo(0xBF);
    assertThat(d[1]).isEqualTo((byte) 1);
    assertThat(d[2] & 0xff).isEqualTo(0xBF);
    CotEvent back = TakProtocol.readMesh(d);
    assertThat(back.uid()).isEqualTo(e.uid());
    assertThat(back.type()).isEqualTo("a-h-A-M-F-Q");
    assertThat(back.latDeg()).isEqualTo(e.latDeg());
    assertThat(back.lonDeg()).isEqualTo(e.lonDeg());
    assertThat(back.haeM()).isEqualTo(310.0);
    assertThat(back.leM()).isNaN();
    assertThat(back.stale()).isEqualTo(e.stale());
    assertThat(back.callsign()).isEqualTo("G1");
    assertThat(back.courseDeg()).isEqualTo(e.courseDeg());
    assertThat(back.remarks()).isEqualTo(e.remarks());
    assertThat(TakProtocol.message(e).getCotEvent().getLe()).isEqualTo(CotEvent.UNKNOWN);
  }

  @Test
  void takStreamFramesAreVarintLengthDelimited() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CotEvent a =
        TrackCotEvents.of(drone(StandardIdentity.HOSTILE, "A"), "s", T, Duration.ofSeconds(20));
    CotEvent b =
        TrackCotEvents.of(drone(StandardIdentity.NEUTRAL, "B"), "s", T, Duration.ofSeconds(20));
    byte[] fa = TakProtocol.streamFrame(a);
    out.write(fa);
    out.write(TakProtocol.streamFrame(b));
    int bodyLength = TakProtocol.message(a).getSerializedSize();
    assertThat(fa[0] & 0xff).isEqualTo(0xBF);
    assertThat(bodyLength).isGreaterThan(127);
    // two-octet varint: low 7 bits with the continuation bit, then the rest
    assertThat(fa[1] & 0xff).isEqualTo(bodyLength & 0x7f | 0x80);
    assertThat(fa[2] & 0xff).isEqualTo(bodyLength >>> 7);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    assertThat(TakProtocol.readStream(in).callsign()).isEqualTo("A");
    assertThat(TakProtocol.readStream(in).type()).isEqualTo("a-n-A-M-F-Q");
    assertThat(TakProtocol.readStream(in)).isNull();
  }

  @Test
  void aMeshDatagramWithAnotherHeaderIsRejectedWithItsOffset() {
    assertThatThrownBy(() -> TakProtocol.readMesh(new byte[] {(byte) 0xBF, 0, (byte) 0xBF}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset 0");
  }
}
