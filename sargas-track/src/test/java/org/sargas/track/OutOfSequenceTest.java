package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.track.Track;

/** Observations that arrive late, inside and outside the lag window. */
class OutOfSequenceTest {
  static final Instant T0 = MultiTargetTrackerTest.T0;

  static Observation plot(String sensor, double s, double x, double y) {
    return new Observation(
        sensor,
        T0.plusMillis(Math.round(s * 1000)),
        new PlanarMeasurement(x, y, 40, 40),
        Double.NaN,
        Identity.NONE);
  }

  /** A slow sensor's plots delivered {@code delayS} late (in later calls) among a fast sensor's. */
  static double finalError(double delayS, TrackerConfig config, MultiTargetTracker[] out) {
    MultiTargetTracker tracker =
        new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), config);
    Random rng = new Random(8);
    List<Observation> pending = new ArrayList<>();
    for (int sec = 1; sec <= 60; sec++) {
      List<Observation> obs = new ArrayList<>();
      obs.add(
          plot("FAST", sec, 150.0 * sec + 40 * rng.nextGaussian(), 2000 + 40 * rng.nextGaussian()));
      if (sec % 3 == 0) {
        pending.add(
            plot(
                "SLOW",
                sec - 0.5,
                150.0 * (sec - 0.5) + 40 * rng.nextGaussian(),
                2000 + 40 * rng.nextGaussian()));
      }
      for (Observation p : new ArrayList<>(pending)) {
        if (p.time()
            .plusMillis(Math.round(delayS * 1000))
            .isBefore(T0.plusSeconds(sec).plusMillis(1))) {
          obs.add(p);
          pending.remove(p);
        }
      }
      tracker.process(T0.plusSeconds(sec), obs);
    }
    out[0] = tracker;
    List<Track> tracks = tracker.confirmedTracksAt(T0.plusSeconds(60));
    assertThat(tracks).hasSize(1);
    double[] p = MultiTargetTrackerTest.enu(tracks.get(0));
    return Math.hypot(p[0] - 150.0 * 60, p[1] - 2000);
  }

  @Test
  void lateObservationsInsideTheWindowAreUsed() {
    MultiTargetTracker[] t = new MultiTargetTracker[1];
    double inOrder = finalError(0, TrackerConfig.defaults(), t);
    double late = finalError(4.5, TrackerConfig.defaults(), t);
    assertThat(t[0].counters().late()).isZero();
    // 20 slow plots, 4.5 s late: those of seconds 57 and 60 are still pending when the run ends.
    assertThat(t[0].counters().observations()).isEqualTo(60 + 18);
    // Retrodicted updates cost little accuracy.
    assertThat(late).isLessThan(Math.max(60.0, 2 * inOrder));
  }

  @Test
  void observationsOlderThanTheLagWindowAreCountedAndIgnored() {
    MultiTargetTracker[] t = new MultiTargetTracker[1];
    finalError(4.5, TrackerConfig.defaults().toBuilder().maxLagS(2.0).build(), t);
    assertThat(t[0].counters().late()).isEqualTo(18); // all delivered slow plots, 4.5 s > 2 s late
  }
}
