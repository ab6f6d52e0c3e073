package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/** The tracker's fixed-lag smoothed output: once per update, after the lag, in scope only. */
class TrackSmoothingTest {

  /** Runs a straight target for 60 s (1 s plots) and returns every smoothed record, in order. */
  private static List<Track> run(MultiTargetTracker tracker, List<Track> filtered) {
    Random rng = new Random(3);
    List<Track> smoothed = new ArrayList<>();
    Instant t = MultiTargetTrackerTest.T0;
    for (int k = 0; k < 60; k++) {
      t = MultiTargetTrackerTest.T0.plusSeconds(k);
      double x = -20_000 + 200.0 * k + 50 * rng.nextGaussian();
      double y = 5_000 - 100.0 * k + 50 * rng.nextGaussian();
      TrackBatch b = tracker.process(t, List.of(MultiTargetTrackerTest.planar("S1", t, x, y, 50)));
      filtered.addAll(b.tracks());
      for (Track s : tracker.takeSmoothed()) {
        assertThat(s.time()).isBefore(t.minusSeconds(11));
        smoothed.add(s);
      }
    }
    smoothed.addAll(tracker.flushSmoothed());
    return smoothed;
  }

  @Test
  void everyConfirmedUpdateIsSmoothedOnceInTimeOrder() {
    MultiTargetTracker tracker =
        new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), TrackerConfig.defaults());
    tracker.smoothOnly(t -> true);
    List<Track> filtered = new ArrayList<>();
    List<Track> smoothed = run(tracker, filtered);
    List<Instant> confirmedTimes =
        filtered.stream().filter(f -> f.state() == TrackState.CONFIRMED).map(Track::time).toList();
    assertThat(smoothed).extracting(Track::time).containsExactlyElementsOf(confirmedTimes);
    assertThat(smoothed).allMatch(s -> s.state() == TrackState.CONFIRMED);
    assertThat(smoothed).allMatch(s -> s.trackId().equals("T0000001"));
  }

  @Test
  void tracksOutOfScopeAreNotSmoothed() {
    MultiTargetTracker tracker =
        new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), TrackerConfig.defaults());
    tracker.smoothOnly(t -> false);
    assertThat(run(tracker, new ArrayList<>())).isEmpty();
  }

  @Test
  void smoothingCanBeTurnedOff() {
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            MultiTargetTrackerTest.REGION,
            Map.of(),
            TrackerConfig.defaults().toBuilder().smoothingLagS(0).build());
    tracker.smoothOnly(t -> true);
    assertThat(run(tracker, new ArrayList<>())).isEmpty();
  }

  @Test
  void nothingIsSmoothedUntilAskedFor() {
    MultiTargetTracker tracker =
        new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), TrackerConfig.defaults());
    assertThat(run(tracker, new ArrayList<>())).isEmpty();
  }
}
