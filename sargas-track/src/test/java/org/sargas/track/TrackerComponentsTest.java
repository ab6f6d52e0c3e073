package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.track.lifecycle.Deleter;
import org.sargas.track.lifecycle.Initiator;
import org.sargas.track.lifecycle.LiveTrack;
import org.sargas.track.measurement.Detection;

/** The tracker uses the roles it is given, and the standard roles are today's defaults. */
class TrackerComponentsTest {
  static final Instant T0 = MultiTargetTrackerTest.T0;
  static final TrackerConfig CONFIG = TrackerConfig.defaults();

  static MultiTargetTracker tracker(TrackerComponents roles) {
    return new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), CONFIG, roles);
  }

  /** One straight target, plotted at scans {@code 0..scans-1}; the batch of every scan up to 20. */
  static List<TrackBatch> run(MultiTargetTracker tracker, int scans) {
    List<TrackBatch> out = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      Instant t = T0.plusSeconds(k);
      out.add(
          tracker.process(
              t,
              k < scans
                  ? List.of(MultiTargetTrackerTest.planar("S1", t, 150.0 * k, 0, 30))
                  : List.of()));
    }
    return out;
  }

  static List<TrackState> states(List<TrackBatch> batches) {
    List<TrackState> states = new ArrayList<>();
    for (TrackBatch b : batches) {
      states.add(b.tracks().isEmpty() ? null : b.tracks().get(0).state());
    }
    return states;
  }

  @Test
  void threeArgumentConstructorUsesTheStandardRoles() {
    MultiTargetTracker implicit =
        new MultiTargetTracker(MultiTargetTrackerTest.REGION, Map.of(), CONFIG);
    MultiTargetTracker explicit = tracker(TrackerComponents.standard(CONFIG));
    Random rng = new Random(8);
    for (int k = 0; k < 40; k++) {
      Instant t = T0.plusSeconds(k);
      List<Observation> obs =
          List.of(
              MultiTargetTrackerTest.planar(
                  "S1", t, 200.0 * k + 30 * rng.nextGaussian(), 30 * rng.nextGaussian(), 30),
              MultiTargetTrackerTest.planar(
                  "S1", t, 5000 + 30 * rng.nextGaussian(), -150.0 * k, 30));
      assertThat(explicit.process(t, obs)).isEqualTo(implicit.process(t, obs));
    }
  }

  @Test
  void injectedDeleterDecidesWhenATrackIsDropped() {
    // Standard: confirmed at the third plot, coasting, then dropped after 4.5 silent periods.
    MultiTargetTracker standard = tracker(TrackerComponents.standard(CONFIG));
    assertThat(states(run(standard, 5)))
        .contains(TrackState.CONFIRMED, TrackState.COASTING, TrackState.DROPPED);
    assertThat(standard.confirmedTracksAt(T0.plusSeconds(19))).isEmpty();

    // A deleter that never lets go: the track coasts on and is never dropped.
    Deleter neverDrop =
        (t, nowS) -> t.silencePeriods(nowS) > 1.6 ? TrackState.COASTING : TrackState.CONFIRMED;
    MultiTargetTracker keeping = tracker(TrackerComponents.standard(CONFIG).withDeleter(neverDrop));
    assertThat(states(run(keeping, 5))).doesNotContain(TrackState.DROPPED);
    assertThat(keeping.confirmedTracksAt(T0.plusSeconds(19)))
        .extracting(Track::trackId, Track::state)
        .containsExactly(tuple("T0000001", TrackState.COASTING));
  }

  @Test
  void injectedInitiatorDecidesWhenATrackIsConfirmed() {
    TrackerComponents standard = TrackerComponents.standard(CONFIG);
    // Standard M-of-N (3 of 4): nothing reported before the third plot.
    List<TrackBatch> mOfN = run(tracker(standard), 5);
    assertThat(mOfN.get(0).tracks()).isEmpty();
    assertThat(mOfN.get(1).tracks()).isEmpty();
    assertThat(mOfN.get(2).tracks()).hasSize(1);

    // An initiator that starts tracks like the standard one but confirms at once.
    Initiator inner = standard.initiator();
    Initiator eager =
        new Initiator() {
          @Override
          public LiveTrack initiate(Detection d, long sequence) {
            return inner.initiate(d, sequence);
          }

          @Override
          public TrackState review(LiveTrack t, double nowS) {
            return TrackState.CONFIRMED;
          }
        };
    List<TrackBatch> immediate = run(tracker(standard.withInitiator(eager)), 5);
    assertThat(immediate.get(0).tracks()).extracting(Track::trackId).containsExactly("T0000001");
    assertThat(immediate.get(0).tracks().get(0).state()).isEqualTo(TrackState.CONFIRMED);
  }

  @Test
  void injectedClassifierClassifiesTheReportedTracks() {
    Classification balloon =
        new Classification(TargetClass.BALLOON, 0.9, "test: everything is a balloon");
    List<TrackBatch> batches =
        run(tracker(TrackerComponents.standard(CONFIG).withClassifier(f -> balloon)), 10);
    assertThat(batches.get(5).tracks()).extracting(Track::classification).containsExactly(balloon);
  }

  @Test
  void standardRolesShareNothingBetweenTwoSets() {
    TrackerComponents a = TrackerComponents.standard(CONFIG);
    TrackerComponents b = TrackerComponents.standard(CONFIG);
    assertThat(a.filter()).isNotSameAs(b.filter());
    assertThat(a.triangulator()).isNotSameAs(b.triangulator());
    assertThat(a.associator()).isNotSameAs(b.associator());
  }

  @Test
  void rolesAreRequired() {
    TrackerComponents s = TrackerComponents.standard(CONFIG);
    assertThatThrownBy(() -> s.withDeleter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("deleter");
  }
}
