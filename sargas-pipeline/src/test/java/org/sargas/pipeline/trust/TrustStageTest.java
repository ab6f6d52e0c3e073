package org.sargas.pipeline.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Corroboration;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.model.track.TrustAssessment;
import org.sargas.model.track.TrustReason;

class TrustStageTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final double C_MPS = 299_792_458.0;
  private static final Sensor ADSB_1 =
      new Sensor(
          "ADSB-1", null, SensorKind.ADSB_RECEIVER, new GeoPoint(55.72, 21.12, 40), 350_000, 1);
  private static final Sensor ADSB_2 =
      new Sensor(
          "ADSB-2", null, SensorKind.ADSB_RECEIVER, new GeoPoint(55.25, 22.30, 40), 350_000, 1);
  private static final Sensor NEAR_RECEIVER =
      new Sensor(
          "ADSB-3", null, SensorKind.ADSB_RECEIVER, new GeoPoint(55.40, 22.00, 40), 100_000, 1);
  private static final Sensor SSR =
      new Sensor(
          "SSR-1", null, SensorKind.SECONDARY_RADAR, new GeoPoint(55.20, 22.60, 80), 250_000, 5);
  private static final Sensor RID =
      new Sensor(
          "RID-1", null, SensorKind.REMOTE_ID_RECEIVER, new GeoPoint(55.71, 21.14, 20), 6_000, 1);
  private static final GeoPoint START = new GeoPoint(55.40, 22.00, 10_000);

  private TrustStage stage() {
    return stage(TrustSettings.defaults());
  }

  private TrustStage stage(TrustSettings settings) {
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    for (Sensor s : List.of(ADSB_1, ADSB_2, NEAR_RECEIVER, SSR, RID)) {
      sensors.put(s.id(), s);
    }
    return new TrustStage(new LocalTangentPlane(GeoPoint.of(55.35, 22.3)), sensors, settings);
  }

  private static Instant at(double s) {
    return T0.plusNanos(Math.round(s * 1e9));
  }

  /** {@code eastM}, {@code northM} from {@code p}, flat earth. */
  private static GeoPoint offset(GeoPoint p, double eastM, double northM) {
    return new GeoPoint(
        p.latDeg() + northM / 111_320.0,
        p.lonDeg() + eastM / (111_320.0 * Math.cos(Math.toRadians(p.latDeg()))),
        p.altitudeM());
  }

  /** An aircraft flying east at 230 m/s from {@code START} (plus {@code northM}). */
  private static GeoPoint flight(double s, double northM) {
    return offset(START, 230 * s, northM);
  }

  private static Observation adsb(Sensor r, Instant t, GeoPoint p, double sigmaM, String icao) {
    return new Observation(
        r.id(),
        t,
        new GeodeticMeasurement(p, sigmaM, 1.5 * sigmaM),
        p.altitudeM(),
        new Identity(icao, null, null, null, null));
  }

  private static Observation ssr(Instant t, GeoPoint p, String icao) {
    EnuVector v = new LocalTangentPlane(SSR.site()).toEnu(p);
    double range = Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    double az = Math.atan2(v.eastM(), v.northM());
    az = az < 0 ? az + 2 * Math.PI : az;
    return new Observation(
        SSR.id(),
        t,
        PolarMeasurement.of(range, az, 30, Math.toRadians(0.07)),
        p.altitudeM(),
        new Identity(icao, null, null, null, null));
  }

  private static Observation remoteId(Sensor r, Instant t, GeoPoint p, String serial) {
    return new Observation(
        r.id(),
        t,
        new GeodeticMeasurement(p, 3, 4.5),
        p.altitudeM(),
        new Identity(null, null, null, serial, null));
  }

  private static Track track(String id, Instant t, Identity identity) {
    return new Track(
        id, t, START, 230, 0, 0, 100, 100, 0, TrackState.CONFIRMED, identity, null, 10);
  }

  private static TrustAssessment trustOf(TrustStage s, Instant t, String icao) {
    Track tr = s.assess(List.of(track("T1", t, new Identity(icao, null, null, null, null)))).get(0);
    return tr.trust();
  }

  /**
   * Flies {@code seconds} of one ADS-B aircraft heard by ADSB-1 once a second, with the Mode S
   * radar's plot of the same aircraft every 5 s at the true position; {@code reported} gives the
   * ADS-B position at each second.
   */
  private static void fly(
      TrustStage s, double from, double to, java.util.function.DoubleFunction<GeoPoint> reported) {
    for (double t = from; t < to; t++) {
      List<Observation> scan = new ArrayList<>();
      if (((long) t) % 5 == 0) {
        scan.add(ssr(at(t + 0.1), flight(t + 0.1, 0), "503001"));
      }
      scan.add(adsb(ADSB_1, at(t + 0.4), reported.apply(t + 0.4), 15, "503001"));
      s.observe(at(t + 1), scan);
    }
  }

  @Test
  void aCleanFlightSeenByRadarIsTrusted() {
    TrustStage s = stage();
    fly(s, 0, 180, t -> flight(t, 0));
    assertFalse(trustOf(s, at(180), "503001").suspect());
    assertFalse(s.emitterTrust("503001").suspect());
    assertThat(s.takeAdvisories()).isEmpty();
  }

  @Test
  void aSuddenOffsetIsAKinematicJumpAndARadarMismatch() {
    TrustStage s = stage();
    fly(s, 0, 60, t -> flight(t, 0));
    assertFalse(trustOf(s, at(60), "503001").suspect());
    fly(s, 60, 61, t -> flight(t, 8_000));
    TrustAssessment a = trustOf(s, at(61), "503001");
    assertTrue(a.suspect());
    assertThat(a.reasons()).containsExactly(TrustReason.KINEMATIC_JUMP);
    assertEquals(at(60.4), a.since());
    fly(s, 61, 70, t -> flight(t, 8_000));
    assertThat(trustOf(s, at(70), "503001").reasons()).contains(TrustReason.RADAR_MISMATCH);
  }

  @Test
  void aSteadyOffsetFromTheStartIsCaughtByTheRadarAlone() {
    TrustStage s = stage();
    fly(s, 0, 30, t -> flight(t, 5_000));
    assertThat(trustOf(s, at(30), "503001").reasons())
        .contains(TrustReason.RADAR_MISMATCH)
        .doesNotContain(TrustReason.KINEMATIC_JUMP);
  }

  @Test
  void anAircraftNoLiveRadarSeesInItsCoverageIsUnconfirmed() {
    TrustStage s = stage();
    // The radar is alive (it sees 503001); the ghost 43C0DE flies 60 km further north.
    for (double t = 0; t < 40; t++) {
      List<Observation> scan = new ArrayList<>();
      if (((long) t) % 5 == 0) {
        scan.add(ssr(at(t + 0.1), flight(t + 0.1, 0), "503001"));
      }
      scan.add(adsb(ADSB_1, at(t + 0.4), flight(t + 0.4, 0), 15, "503001"));
      scan.add(adsb(ADSB_1, at(t + 0.5), flight(t + 0.5, 60_000), 15, "43C0DE"));
      s.observe(at(t + 1), scan);
      if (t == 8) {
        assertFalse(trustOf(s, at(t + 1), "43C0DE").suspect(), "fewer than 3 looks");
      }
    }
    assertThat(trustOf(s, at(40), "43C0DE").reasons())
        .containsExactly(TrustReason.NO_RADAR_CONFIRMATION);
    assertFalse(trustOf(s, at(40), "503001").suspect());
  }

  @Test
  void aReceiverCannotHearBeyondItsRange() {
    TrustStage s = stage();
    GeoPoint far = new GeoPoint(57.5, 22.0, 10_000); // 230 km north of a 100 km receiver
    s.observe(at(1), List.of(adsb(NEAR_RECEIVER, at(0.5), far, 15, "503009")));
    assertThat(s.emitterTrust("503009").reasons())
        .containsExactly(TrustReason.RECEIVER_INCONSISTENT);
  }

  private static Instant arrival(Instant emitted, GeoPoint transmitter, Sensor receiver) {
    double[] a = new double[3];
    double[] b = new double[3];
    Wgs84.toEcef(transmitter.latDeg(), transmitter.lonDeg(), transmitter.altitudeOr(0), a);
    Wgs84.toEcef(
        receiver.site().latDeg(), receiver.site().lonDeg(), receiver.site().altitudeM(), b);
    double d =
        Math.sqrt(
            (a[0] - b[0]) * (a[0] - b[0])
                + (a[1] - b[1]) * (a[1] - b[1])
                + (a[2] - b[2]) * (a[2] - b[2]));
    return emitted.plusNanos(Math.round(d / C_MPS * 1e9));
  }

  @Test
  void synchronisedReceiversMustAgreeWithTheReportedPosition() {
    TrustStage s =
        stage(TrustSettings.defaults().withSynchronisedReceivers(Set.of("ADSB-1", "ADSB-2")));
    GeoPoint claimed = flight(0, 0);
    GeoPoint spoofer = new GeoPoint(55.45, 21.75, 150);
    List<Observation> scan = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      Instant emitted = at(k + 0.2);
      GeoPoint p = flight(k + 0.2, 0);
      // A true aircraft: arrivals from where it says it is.
      scan.add(adsb(ADSB_1, arrival(emitted, p, ADSB_1), p, 15, "503001"));
      scan.add(adsb(ADSB_2, arrival(emitted, p, ADSB_2), p, 15, "503001"));
      // A ghost: claims to be 100 km north, but transmits from the spoofer's site.
      GeoPoint g = offset(p, 0, 100_000);
      scan.add(adsb(ADSB_1, arrival(emitted, spoofer, ADSB_1), g, 15, "43C0DE"));
      scan.add(adsb(ADSB_2, arrival(emitted, spoofer, ADSB_2), g, 15, "43C0DE"));
    }
    scan.sort(java.util.Comparator.comparing(Observation::time));
    s.observe(at(6), scan);
    assertFalse(s.emitterTrust("503001").suspect(), claimed.toString());
    assertThat(s.emitterTrust("43C0DE").reasons()).contains(TrustReason.RECEIVER_INCONSISTENT);
  }

  @Test
  void severalAircraftLosingTheirFixInOneAreaRaiseOneAdvisory() {
    TrustStage s = stage();
    String[] icao = {"503011", "503012", "503013"};
    List<Alert> advisories = new ArrayList<>();
    for (double t = 0; t < 60; t++) {
      List<Observation> scan = new ArrayList<>();
      for (int i = 0; i < icao.length; i++) {
        double sigma = t < 30 ? 15 : 926; // NACp 9, then NACp 4 (GNSS lost)
        scan.add(adsb(ADSB_1, at(t + 0.2 + 0.1 * i), flight(t + 0.2, 10_000 * i), sigma, icao[i]));
      }
      s.observe(at(t + 1), scan);
      advisories.addAll(s.takeAdvisories());
    }
    for (String a : icao) {
      assertThat(s.emitterTrust(a).reasons())
          .contains(TrustReason.INTEGRITY_COLLAPSE, TrustReason.GNSS_INTERFERENCE_AREA);
    }
    assertEquals(1, advisories.size(), advisories.toString());
    assertEquals(AlertKind.GNSS_INTERFERENCE, advisories.get(0).kind());
    assertEquals(at(31), advisories.get(0).time());
    assertThat(advisories.get(0).message()).contains("3 aircraft");
  }

  @Test
  void aSingleCollapseIsSuspectButNoAdvisory() {
    TrustStage s = stage();
    fly(s, 0, 20, t -> flight(t, 0));
    s.observe(at(21), List.of(adsb(ADSB_1, at(20.4), flight(20.4, 0), 926, "503001")));
    assertThat(s.emitterTrust("503001").reasons()).contains(TrustReason.INTEGRITY_COLLAPSE);
    assertThat(s.takeAdvisories()).isEmpty();
  }

  @Test
  void positionsScatteredFarBeyondTheirDeclaredAccuracyAreJitter() {
    TrustStage s = stage();
    java.util.Random rng = new java.util.Random(3);
    fly(s, 0, 60, t -> offset(flight(t, 0), 250 * rng.nextGaussian(), 250 * rng.nextGaussian()));
    assertThat(s.emitterTrust("503001").reasons()).contains(TrustReason.INTEGRITY_JITTER);
  }

  @Test
  void remoteIdReplayTimeReversalAndTeleportAreFlagged() {
    GeoPoint home = new GeoPoint(55.70, 21.15, 80);
    TrustStage replay = stage();
    for (int t = 0; t < 20; t++) {
      replay.observe(at(t + 1), List.of(remoteId(RID, at(t + 0.3), offset(home, 10 * t, 0), "D1")));
    }
    assertFalse(replay.emitterTrust("D1").suspect());
    // An earlier position heard again with a fresh time stamp.
    replay.observe(at(21), List.of(remoteId(RID, at(20.3), offset(home, 10 * 5, 0), "D1")));
    assertThat(replay.emitterTrust("D1").reasons()).contains(TrustReason.REPLAY);

    TrustStage twice = stage();
    Observation m = remoteId(RID, at(0.3), home, "D2");
    twice.observe(at(1), List.of(m, m));
    assertThat(twice.emitterTrust("D2").reasons()).containsExactly(TrustReason.REPLAY);

    TrustStage backwards = stage();
    backwards.observe(at(6), List.of(remoteId(RID, at(5.3), home, "D3")));
    backwards.observe(at(7), List.of(remoteId(RID, at(2.3), offset(home, 5, 0), "D3")));
    assertThat(backwards.emitterTrust("D3").reasons()).containsExactly(TrustReason.TIME_REVERSAL);

    TrustStage teleport = stage();
    teleport.observe(at(1), List.of(remoteId(RID, at(0.3), home, "D4")));
    teleport.observe(at(2), List.of(remoteId(RID, at(1.3), offset(home, 3_000, 0), "D4")));
    assertThat(teleport.emitterTrust("D4").reasons()).containsExactly(TrustReason.TELEPORT);
  }

  @Test
  void aHoveringDroneRepeatingItsPositionIsNotAReplay() {
    TrustStage s = stage();
    GeoPoint home = new GeoPoint(55.70, 21.15, 80);
    for (int t = 0; t < 30; t++) {
      s.observe(at(t + 1), List.of(remoteId(RID, at(t + 0.3), home, "D5")));
    }
    assertFalse(s.emitterTrust("D5").suspect());
  }

  @Test
  void aFlagExpiresAfterTheHoldTime() {
    TrustStage s = stage();
    fly(s, 0, 30, t -> flight(t, 0));
    fly(s, 30, 31, t -> flight(t, 8_000));
    assertTrue(s.emitterTrust("503001").suspect());
    fly(s, 31, 200, t -> flight(t, 0));
    // back on its true position (one more jump, then consistent with radar) for over 120 s
    assertFalse(s.emitterTrust("503001").suspect());
  }

  private static ViolationEvent event(ViolationEventKind kind, String trackId, double s) {
    Violation v =
        new Violation(
            trackId + "/LTU/0",
            trackId,
            "LTU",
            ZoneKind.NATIONAL_AIRSPACE,
            at(0),
            START,
            null,
            null,
            1000,
            at(0),
            START,
            900,
            1100,
            "RUS",
            null,
            1,
            ViolationStatus.CONFIRMED);
    return new ViolationEvent(kind, at(s), v);
  }

  @Test
  void aViolationOfASuspectTrackStaysUncorroborated() {
    TrustStage s = stage();
    fly(s, 0, 30, t -> flight(t, 0));
    fly(s, 30, 31, t -> flight(t, 8_000));
    s.assess(List.of(track("T1", at(31), new Identity("503001", null, null, null, null))));
    ViolationEvent opened = s.corroborate(event(ViolationEventKind.OPENED, "T1", 31));
    assertEquals(Corroboration.UNCORROBORATED, opened.violation().corroboration());
    // the track trusted again later: the violation stays uncorroborated
    s.assess(List.of(track("T1", at(400), Identity.NONE)));
    ViolationEvent closed = s.corroborate(event(ViolationEventKind.CLOSED, "T1", 400));
    assertTrue(closed.violation().uncorroborated());
    ViolationEvent other = s.corroborate(event(ViolationEventKind.OPENED, "T2", 31));
    assertEquals(Corroboration.CORROBORATED, other.violation().corroboration());
  }
}
