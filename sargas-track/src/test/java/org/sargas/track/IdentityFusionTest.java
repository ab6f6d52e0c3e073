package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Acceptance: cooperative (ADS-B) and primary radar reports of one aircraft give one track, and its
 * identity survives the transponder being switched off.
 */
class IdentityFusionTest {
  static final Instant T0 = Instant.parse("2025-10-23T15:00:00Z");
  static final GeoPoint ORIGIN = new GeoPoint(54.65, 22.75, 0);
  static final LocalTangentPlane REGION = new LocalTangentPlane(ORIGIN);
  static final Identity SQUAWKING = new Identity("4CA2D1", "RYR7GK", "7700", null, null);

  static GeoPoint aircraft(double s) {
    return TestGeometry.surface(REGION, -30_000 + 210.0 * s, 5_000 + 40.0 * s, 9500);
  }

  @Test
  void cooperativeAndPrimaryReportsFuseAndIdentitySurvivesTransponderOff() {
    TestRadar psr = new TestRadar("LT-PSR", new GeoPoint(54.95, 23.40, 120), 4.0, 60, 0.12, 9);
    MultiTargetTracker tracker =
        new MultiTargetTracker(REGION, Map.of("LT-PSR", psr.sensor), TrackerConfig.defaults());
    Random rng = new Random(4);
    Set<String> ids = new TreeSet<>();
    Track last = null;
    for (int sec = 1; sec <= 180; sec++) {
      List<Observation> obs = new ArrayList<>();
      double s = sec - 0.5;
      if (sec <= 60) { // transponder on for the first minute, ADS-B at 1 Hz
        GeoPoint p = aircraft(s);
        GeoPoint noisy =
            new GeoPoint(
                p.latDeg() + 1e-4 * 0.15 * rng.nextGaussian(),
                p.lonDeg() + 1e-4 * 0.25 * rng.nextGaussian(),
                p.altitudeM());
        obs.add(
            new Observation(
                "ADSB-1",
                T0.plusMillis((long) (s * 1000)),
                new AdsbPositions().of(noisy),
                p.altitudeM(),
                SQUAWKING));
      }
      if (sec % 4 == 0) { // the primary radar sees it every rotation, without identity
        double ps = sec - 0.8;
        obs.add(psr.plot(aircraft(ps), T0.plusMillis((long) (ps * 1000)), false));
      }
      for (Track t : tracker.process(T0.plusSeconds(sec), obs).tracks()) {
        ids.add(t.trackId());
        last = t;
      }
    }
    assertThat(ids).containsExactly("T0000001");
    assertThat(last.state()).isIn(TrackState.CONFIRMED, TrackState.COASTING);
    assertThat(last.time()).isAfter(T0.plusSeconds(170)); // still updated by the radar alone
    assertThat(last.identity().icaoAddress()).isEqualTo("4CA2D1");
    assertThat(last.identity().callsign()).isEqualTo("RYR7GK");
    assertThat(last.identity().emergencySquawk()).isTrue();
    // Mode S and altitude at 213 m/s and FL312: an airliner (LARGE_AIRCRAFT now means a military
    // transport or tanker), on kinematics and transponder.
    assertThat(last.classification().targetClass()).isEqualTo(TargetClass.AIRLINER);
    assertThat(last.classification().reason())
        .startsWith("Mode S + Mode 3/A 7700 + Mode C, FL31")
        .endsWith("→ AIRLINER (kinematics + transponder; T4)");
  }

  @Test
  void reportsOfAnotherAircraftNeverJoinAnIdentifiedTrack() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    Identity a = new Identity("4CA2D1", null, null, null, null);
    Identity b = new Identity("48AE01", null, null, null, null);
    Set<String> idsOfA = new TreeSet<>();
    Set<String> idsOfB = new TreeSet<>();
    for (int sec = 1; sec <= 30; sec++) {
      GeoPoint p = aircraft(sec);
      // Two aircraft reporting the same position (a spoofer or a formation with GNSS error).
      List<Observation> obs =
          List.of(
              new Observation(
                  "ADSB-1", T0.plusSeconds(sec), new AdsbPositions().of(p), p.altitudeM(), a),
              new Observation(
                  "ADSB-2", T0.plusSeconds(sec), new AdsbPositions().of(p), p.altitudeM(), b));
      for (Track t : tracker.process(T0.plusSeconds(sec), obs).tracks()) {
        (t.identity().icaoAddress().equals("4CA2D1") ? idsOfA : idsOfB).add(t.trackId());
      }
    }
    assertThat(idsOfA).hasSize(1);
    assertThat(idsOfB).hasSize(1);
    assertThat(idsOfA).doesNotContainAnyElementsOf(idsOfB);
  }

  @Test
  void remoteIdSerialAndOperatorPositionAttachToTheDronesTrack() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    GeoPoint operator = TestGeometry.surface(REGION, 1_000, -2_000, 150);
    Identity rid = new Identity(null, null, null, "1596F3A2B4C5D6E7F8A9", operator);
    Track last = null;
    for (int sec = 1; sec <= 20; sec++) {
      GeoPoint drone = TestGeometry.surface(REGION, 1_500 + 12.0 * sec, -1_800 + 5.0 * sec, 120);
      Observation o =
          new Observation(
              "RID-1",
              T0.plusSeconds(sec),
              new GeodeticMeasurement(drone, 10.0, 15.0),
              drone.altitudeM(),
              rid);
      for (Track t : tracker.process(T0.plusSeconds(sec), List.of(o)).tracks()) {
        last = t;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.identity().remoteIdSerial()).isEqualTo("1596F3A2B4C5D6E7F8A9");
    assertThat(last.identity().operatorPosition()).isEqualTo(operator);
    assertThat(last.classification().targetClass()).isEqualTo(TargetClass.SMALL_DRONE);
    assertThat(last.classification().confidence()).isEqualTo(0.95);
    assertThat(last.position().altitudeM())
        .isCloseTo(120.0, org.assertj.core.data.Offset.offset(5.0));
  }

  /** ADS-B position with NACp 9-like accuracy (σ 15 m). */
  private static final class AdsbPositions {
    GeodeticMeasurement of(GeoPoint p) {
      return new GeodeticMeasurement(p, 15.0, 10.0);
    }
  }
}
