package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * The classification chain the tracker runs at every update (history, classifier, hysteresis) fed
 * with filter states that contain a speed spike, as an orbiting aircraft showed on a real recording
 * (588 m/s for an update or two).
 */
class ClassificationChainTest {
  private static final Identity MODE_S = new Identity("4CA2D1", "BTI4FP", "2217", null, null);
  private final RuleBasedClassifier classifier = new RuleBasedClassifier();

  @Test
  void aHoldingAircraftKeepsItsClassThroughOneOrTwoSpikedUpdates() {
    for (int spiked = 1; spiked <= 2; spiked++) {
      ClassificationState state = new ClassificationState();
      double omega = Math.toRadians(3);
      double v = 130;
      double r = v / omega;
      Classification shown = Classification.UNKNOWN;
      for (int k = 0; k <= 90; k++) {
        double t = 4.0 * k;
        double a = omega * t;
        boolean spike = k >= 50 && k < 50 + spiked;
        double speed = spike ? 588 : v;
        shown =
            state.update(
                classifier,
                t,
                r * Math.sin(a),
                r * Math.cos(a),
                speed * Math.cos(a),
                -speed * Math.sin(a),
                3.0,
                4_500,
                0,
                k + 1,
                MODE_S,
                AircraftDescription.NONE);
        if (k >= 10) {
          assertThat(shown.targetClass())
              .as("update %d, %d spiked", k, spiked)
              .isEqualTo(TargetClass.AIRLINER);
        }
      }
      assertThat(shown.reason()).contains("130 m/s");
    }
  }

  @Test
  void aTransponderAppearingDropsADroneClassAtOnce() {
    // A slow, low track seen by a primary radar only is a small drone; the first Mode 3/A reply
    // (the aircraft was out of the secondary radar's cover) makes it a transponding aircraft.
    ClassificationState state = new ClassificationState();
    Identity squawk = new Identity(null, null, "7000", null, null);
    for (int k = 0; k <= 30; k++) {
      Identity id = k < 20 ? Identity.NONE : squawk;
      Classification shown =
          state.update(
              classifier,
              4.0 * k,
              25.0 * 4 * k,
              0,
              25,
              0,
              2.0,
              300,
              0,
              k + 1,
              id,
              AircraftDescription.NONE);
      if (k == 19) {
        assertThat(shown.targetClass()).isEqualTo(TargetClass.SMALL_DRONE);
      }
      if (k >= 20) {
        assertThat(shown.targetClass().isDrone()).as("update %d", k).isFalse();
      }
    }
  }

  @Test
  void theInstantaneousSpeedAloneWouldHaveMadeItAFastJet() {
    TrackFeatures spike = new TrackFeatures(588, 3.0, 4_500, 0, 50, MODE_S);
    assertThat(classifier.classify(spike).targetClass()).isEqualTo(TargetClass.FAST_JET);
  }

  @Test
  void aSustainedChangeIsFollowed() {
    // A transponding aircraft that really accelerates past 370 m/s becomes a fast jet.
    ClassificationState state = new ClassificationState();
    Classification shown = Classification.UNKNOWN;
    double x = 0;
    for (int k = 0; k <= 60; k++) {
      double v = k < 30 ? 240 : 400;
      x += v * 4;
      shown =
          state.update(
              classifier,
              4.0 * k,
              x,
              0,
              v,
              0,
              3.0,
              11_000,
              0,
              k + 1,
              MODE_S,
              AircraftDescription.NONE);
      if (k == 29) {
        assertThat(shown.targetClass()).isEqualTo(TargetClass.AIRLINER);
      }
    }
    assertThat(shown.targetClass()).isEqualTo(TargetClass.FAST_JET);
  }
}
