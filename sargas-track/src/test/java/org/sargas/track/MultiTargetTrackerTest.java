package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

class MultiTargetTrackerTest {
  static final Instant T0 = Instant.parse("2025-10-23T15:00:00Z");
  static final GeoPoint ORIGIN = new GeoPoint(54.6, 22.9, 0);
  static final LocalTangentPlane REGION = new LocalTangentPlane(ORIGIN);

  static Observation planar(String sensor, Instant t, double x, double y, double sigma) {
    return new Observation(
        sensor, t, new PlanarMeasurement(x, y, sigma, sigma), Double.NaN, Identity.NONE);
  }

  static double[] enu(Track t) {
    double[] out = new double[3];
    REGION.toEnu(t.position().latDeg(), t.position().lonDeg(), 0.0, out);
    return out;
  }

  @Test
  void constantVelocityFilterConvergesOnAStraightTarget() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    Random rng = new Random(1);
    double sigma = 50;
    List<Double> errors = new ArrayList<>();
    Track last = null;
    for (int k = 0; k < 60; k++) {
      Instant t = T0.plusSeconds(k);
      double x = -20_000 + 200.0 * k;
      double y = 5_000 - 100.0 * k;
      TrackBatch b =
          tracker.process(
              t,
              List.of(
                  planar(
                      "S1",
                      t,
                      x + sigma * rng.nextGaussian(),
                      y + sigma * rng.nextGaussian(),
                      sigma)));
      if (!b.tracks().isEmpty()) {
        last = b.tracks().get(0);
        if (k >= 30) {
          double[] p = enu(last);
          errors.add(Math.hypot(p[0] - x, p[1] - y));
        }
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.state()).isEqualTo(TrackState.CONFIRMED);
    assertThat(last.trackId()).isEqualTo("T0000001");
    assertThat(last.velocityEastMps()).isCloseTo(200.0, org.assertj.core.data.Offset.offset(10.0));
    assertThat(last.velocityNorthMps())
        .isCloseTo(-100.0, org.assertj.core.data.Offset.offset(10.0));
    double rms = Math.sqrt(errors.stream().mapToDouble(e -> e * e).average().orElseThrow());
    assertThat(rms).isLessThan(sigma); // filtering beats the raw measurement noise
    assertThat(Math.sqrt(last.varEastM2())).isLessThan(sigma);
  }

  @Test
  void confirmsOnlyAfterMOfN() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    int firstConfirmedScan = -1;
    for (int k = 0; k < 5; k++) {
      Instant t = T0.plusSeconds(k);
      TrackBatch b = tracker.process(t, List.of(planar("S1", t, 100.0 * k, 0, 30)));
      if (firstConfirmedScan < 0 && !b.tracks().isEmpty()) {
        firstConfirmedScan = k;
      }
    }
    assertThat(firstConfirmedScan).isEqualTo(2); // third plot: 3 of 4
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GNN, IMM", "JPDA, IMM", "GNN, CV", "JPDA, CV"})
  void twoCrossingTargetsKeepTheirIdentity(AssociatorKind associator, MotionModelKind model) {
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            REGION,
            Map.of(),
            TrackerConfig.defaults().withAssociator(associator).withMotionModel(model));
    Random rng = new Random(7);
    double sigma = 30;
    Map<String, Set<Integer>> truthsPerTrack = new HashMap<>();
    for (int k = 0; k < 80; k++) {
      Instant t = T0.plusSeconds(k);
      // Target 0 flies east, target 1 flies north-east; they cross at k = 40 near (0, 0).
      double[][] truth = {{-8000 + 200.0 * k, 0}, {-8000 + 200.0 * k, -6000 + 150.0 * k}};
      List<Observation> obs = new ArrayList<>();
      for (double[] p : truth) {
        obs.add(
            planar(
                "S1",
                t,
                p[0] + sigma * rng.nextGaussian(),
                p[1] + sigma * rng.nextGaussian(),
                sigma));
      }
      List<Track> out = tracker.process(t, obs).tracks();
      if (Math.abs(k - 40) < 4) {
        continue; // closer than 600 m: the nearest-truth label itself is ambiguous
      }
      for (Track tr : out) {
        double[] p = enu(tr);
        int nearest =
            Math.hypot(p[0] - truth[0][0], p[1] - truth[0][1])
                    < Math.hypot(p[0] - truth[1][0], p[1] - truth[1][1])
                ? 0
                : 1;
        truthsPerTrack.computeIfAbsent(tr.trackId(), x -> new HashSet<>()).add(nearest);
      }
    }
    assertThat(truthsPerTrack).hasSize(2);
    assertThat(truthsPerTrack.values()).allSatisfy(s -> assertThat(s).hasSize(1));
  }

  @Test
  void uniformClutterConfirmsNoTrack() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    Random rng = new Random(3);
    int confirmed = 0;
    int liveMax = 0;
    for (int k = 0; k < 60; k++) {
      Instant t = T0.plusSeconds(k);
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        obs.add(planar("S1", t, 100_000 * rng.nextDouble(), 100_000 * rng.nextDouble(), 50));
      }
      confirmed += tracker.process(t, obs).tracks().size();
      liveMax = Math.max(liveMax, tracker.liveTrackCount());
    }
    assertThat(confirmed).isZero();
    assertThat(liveMax).isLessThan(200); // tentative tracks are abandoned, not accumulated
  }

  @Test
  void outputIsIndependentOfInputOrder() {
    List<Observation> scan = new ArrayList<>();
    Random rng = new Random(11);
    List<List<Observation>> scans = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      Instant t = T0.plusSeconds(k);
      scan = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        scan.add(
            planar(
                "S" + (i % 2),
                t.plusMillis(100 * i),
                5000.0 * i + 150 * k,
                2000,
                40 + rng.nextInt(10)));
      }
      scans.add(scan);
    }
    MultiTargetTracker a = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    MultiTargetTracker b = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    for (int k = 0; k < scans.size(); k++) {
      List<Observation> reversed = new ArrayList<>(scans.get(k));
      Collections.reverse(reversed);
      Instant t = T0.plusSeconds(k + 1);
      assertThat(b.process(t, reversed)).isEqualTo(a.process(t, scans.get(k)));
    }
  }

  @Test
  void malformedObservationIsCountedNotThrown() {
    MultiTargetTracker tracker = new MultiTargetTracker(REGION, Map.of(), TrackerConfig.defaults());
    Observation bad =
        new Observation(
            "S1", T0, new PlanarMeasurement(Double.NaN, 0, 10, 10), Double.NaN, Identity.NONE);
    Observation unknownRadar =
        new Observation(
            "R9",
            T0,
            org.sargas.model.observation.PolarMeasurement.of(1000, 1, 50, 0.01),
            Double.NaN,
            Identity.NONE);
    tracker.process(T0, List.of(bad, unknownRadar));
    assertThat(tracker.counters().rejected()).isEqualTo(2);
    assertThat(tracker.counters().lastRejection()).contains("S1").contains("invalid");
  }
}
