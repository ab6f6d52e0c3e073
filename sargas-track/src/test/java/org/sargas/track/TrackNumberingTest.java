package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;

/** Track numbers: given at confirmation, in order, and able to continue after a restart. */
class TrackNumberingTest {
  static final Instant T0 = MultiTargetTrackerTest.T0;

  /** Runs {@code targets} well-separated straight targets for 6 scans; the ids reported. */
  static Set<String> run(MultiTargetTracker tracker, int targets) {
    Set<String> ids = new TreeSet<>();
    for (int k = 0; k < 6; k++) {
      Instant t = T0.plusSeconds(k);
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < targets; i++) {
        obs.add(MultiTargetTrackerTest.planar("S1", t, 100.0 * k, 20_000.0 * i, 30));
      }
      for (Track tr : tracker.process(t, obs).tracks()) {
        ids.add(tr.trackId());
      }
    }
    return ids;
  }

  static MultiTargetTracker tracker(TrackerConfig config) {
    return new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), config);
  }

  @Test
  void numbersStartAtOneByDefault() {
    MultiTargetTracker tracker = tracker(TrackerConfig.defaults());
    assertThat(tracker.lastTrackNumber()).isZero();
    assertThat(run(tracker, 2)).containsExactly("T0000001", "T0000002");
    assertThat(tracker.lastTrackNumber()).isEqualTo(2);
  }

  @Test
  void numberingContinuesAfterARestart() {
    MultiTargetTracker before = tracker(TrackerConfig.defaults());
    run(before, 3);
    long last = before.lastTrackNumber();
    assertThat(last).isEqualTo(3);

    MultiTargetTracker after =
        tracker(TrackerConfig.defaults().toBuilder().firstTrackNumber(last + 1).build());
    assertThat(after.lastTrackNumber()).isEqualTo(last); // nothing issued yet
    assertThat(run(after, 2)).containsExactly("T0000004", "T0000005");
    assertThat(after.lastTrackNumber()).isEqualTo(5);
  }

  @Test
  void idsKeepSevenDigitsAndGrowBeyond() {
    MultiTargetTracker tracker =
        tracker(TrackerConfig.defaults().toBuilder().firstTrackNumber(9_999_999).build());
    assertThat(run(tracker, 2)).containsExactly("T10000000", "T9999999");
    assertThat(tracker.lastTrackNumber()).isEqualTo(10_000_000);
  }

  @Test
  void firstTrackNumberMustBePositive() {
    assertThatThrownBy(() -> TrackerConfig.defaults().toBuilder().firstTrackNumber(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstTrackNumber");
  }
}
