package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * The foundation scenario's shape: two aircraft 500 m apart at 230 m/s, a long-range radar (10 s,
 * 70 m, 0.15°) about 100 km away and a gap-filler (3 s) about 30 km away.
 */
class RadarScenarioTest {
  static final Instant T0 = Instant.parse("2025-10-23T15:00:00Z");
  static final GeoPoint ORIGIN = new GeoPoint(54.65, 22.75, 0);
  static final LocalTangentPlane REGION = new LocalTangentPlane(ORIGIN);
  static final double ALTITUDE_M = 8000;

  /**
   * Truth of aircraft {@code i} at {@code s} seconds: surface point of region (e, n), at altitude.
   */
  static GeoPoint truth(int i, double s) {
    double e = -20_000 + 200.0 * s + (i == 1 ? 300 : 0);
    double n = -10_000 + 115.0 * s + (i == 1 ? -400 : 0);
    return TestGeometry.surface(REGION, e, n, ALTITUDE_M);
  }

  static double[] enu(GeoPoint p) {
    return TestGeometry.enu(REGION, p);
  }

  /** What the plots say about height. */
  enum Height {
    /** Mode C / S altitude on every plot. */
    ALTITUDE,
    /** 3-D radars: measured elevation, σ 0.2°. */
    ELEVATION,
    /** 2-D primary radars: nothing. */
    NONE
  }

  static Stream<Arguments> cases() {
    return Arrays.stream(Height.values())
        .flatMap(
            h -> Stream.of(AssociatorKind.GNN, AssociatorKind.JPDA).map(a -> Arguments.of(h, a)));
  }

  @ParameterizedTest(name = "height from {0}, {1}")
  @MethodSource("cases")
  void pairIsTrackedByLongRangeAndGapFillerRadars(Height height, AssociatorKind associator) {
    boolean withAltitude = height == Height.ALTITUDE;
    double sigmaElevationDeg = height == Height.ELEVATION ? 0.2 : Double.NaN;
    GeoPoint lrSite = new GeoPoint(55.50, 23.30, 150); // ~100 km north-east
    GeoPoint gfSite = new GeoPoint(54.85, 23.05, 120); // ~30 km
    TestRadar lr = new TestRadar("LR", lrSite, 10.0, 70, 0.15, 42);
    TestRadar gf = new TestRadar("GF", gfSite, 3.0, 50, 0.15, 43);
    Map<String, Sensor> sensors = new HashMap<>();
    sensors.put("LR", lr.sensor);
    sensors.put("GF", gf.sensor);
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            REGION, sensors, TrackerConfig.defaults().withAssociator(associator));

    // Each radar's beam sweeps clockwise; a target is hit when the beam passes its azimuth.
    List<Observation> all = new ArrayList<>();
    for (TestRadar r : List.of(lr, gf)) {
      double period = r.sensor.updatePeriodS();
      for (int i = 0; i < 2; i++) {
        for (int k = 0; k * period < 120; k++) {
          double s = k * period;
          for (int it = 0; it < 3; it++) {
            s = period * (k + r.azimuthOf(truth(i, s)) / (2 * Math.PI)) + (r == lr ? 0.3 : 1.1);
          }
          all.add(
              r.plot(truth(i, s), T0.plusNanos((long) (s * 1e9)), withAltitude, sigmaElevationDeg));
        }
      }
    }
    TreeMap<Instant, List<Observation>> byScan = new TreeMap<>();
    for (Observation o : all) {
      Instant scan =
          T0.plusSeconds((long) Math.ceil((o.time().toEpochMilli() - T0.toEpochMilli()) / 1000.0));
      byScan.computeIfAbsent(scan, x -> new ArrayList<>()).add(o);
    }
    Map<String, Double> firstSeenS = new TreeMap<>();
    Map<String, TargetClass> classes = new TreeMap<>();
    List<Double> errors = new ArrayList<>();
    for (int sec = 0; sec <= 125; sec++) {
      Instant scan = T0.plusSeconds(sec);
      for (Track t : tracker.process(scan, byScan.getOrDefault(scan, List.of())).tracks()) {
        double s = (t.time().toEpochMilli() - T0.toEpochMilli()) / 1000.0;
        firstSeenS.putIfAbsent(t.trackId(), s);
        classes.put(t.trackId(), t.classification().targetClass());
        if (t.state() == TrackState.DROPPED) {
          continue;
        }
        double[] p = enu(t.position());
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 2; i++) {
          double[] q = enu(truth(i, s));
          best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
        }
        if (s > 30) {
          errors.add(best);
        }
      }
    }
    assertThat(firstSeenS).hasSize(2);
    // Initiated within about 3 gap-filler scans.
    assertThat(firstSeenS.values()).allSatisfy(s -> assertThat(s).isLessThan(12.0));
    double rms = Math.sqrt(errors.stream().mapToDouble(e -> e * e).average().orElseThrow());
    // With altitude on the plots: good to 100 m. Without (pure 2-D primary radar) the ground
    // projection of the slant range rests on the assumed altitude (6 ± 4 km; the aircraft is at 8
    // km),
    // which biases each radar radially; the error is bounded by that geometry.
    assertThat(rms).isLessThan(height == Height.NONE ? 300.0 : 100.0);
    assertThat(tracker.counters().rejected()).isZero();
    // Non-cooperative at 230 m/s: a fast jet (rule 4 of RuleBasedClassifier).
    assertThat(classes.values()).containsOnly(TargetClass.FAST_JET);
  }
}
