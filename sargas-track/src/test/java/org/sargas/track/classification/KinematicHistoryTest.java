package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Identity;

class KinematicHistoryTest {

  private static TrackFeatures features(KinematicHistory h, int updates) {
    return h.features(2.0, 10_000, updates, Identity.NONE, AircraftDescription.NONE);
  }

  @Test
  void oneSpikeDoesNotMoveTheSpeed() {
    KinematicHistory h = new KinematicHistory();
    for (int s = 0; s <= 60; s++) {
      double v = s == 40 ? 588 : 245; // an orbiting aircraft's filter once said 588 m/s
      h.add(s, 245.0 * s, 0, v, 0, 10_000, 0, s + 1);
    }
    TrackFeatures f = features(h, 61);
    assertThat(f.groundSpeedMps()).isEqualTo(245.0);
    assertThat(f.maxSustainedSpeedMps()).isEqualTo(245.0);
    assertThat(f.netSpeedMps()).isCloseTo(245.0, offset(1e-3));
  }

  @Test
  void aStationaryTargetWhoseFilterWandersAt17MpsHasANetSpeedNearZero() {
    KinematicHistory h = new KinematicHistory();
    Random rng = new Random(3);
    for (int k = 0; k <= 20; k++) {
      double course = 2 * Math.PI * rng.nextDouble();
      double v = 17 + 3 * rng.nextGaussian();
      h.add(
          4.0 * k,
          60 * rng.nextGaussian(),
          60 * rng.nextGaussian(),
          v * Math.sin(course),
          v * Math.cos(course),
          150,
          0,
          k + 1);
    }
    TrackFeatures f = features(h, 21);
    assertThat(f.groundSpeedMps()).isBetween(12.0, 22.0);
    assertThat(f.netSpeedMps()).isLessThan(RuleBasedClassifier.STATIONARY_NET_SPEED_MPS);
    assertThat(f.turnRateDegPerS()).isLessThan(KinematicHistory.SOARING_TURN_DEG_PER_S);
    assertThat(f.windowS()).isGreaterThanOrEqualTo(RuleBasedClassifier.STATIONARY_MIN_WINDOW_S);
  }

  @Test
  void aSteadyTurnGivesItsRateAndAcceleration() {
    KinematicHistory h = new KinematicHistory();
    double omega = Math.toRadians(3); // rate one
    double v = 130;
    double r = v / omega;
    for (int k = 0; k <= 15; k++) {
      double a = omega * 4.0 * k;
      h.add(
          4.0 * k,
          r * Math.sin(a),
          r * Math.cos(a),
          v * Math.cos(a),
          -v * Math.sin(a),
          5000,
          0,
          k + 1);
    }
    TrackFeatures f = features(h, 16);
    // Samples are kept as floats: centimetres and microradians.
    assertThat(f.turnRateDegPerS()).isCloseTo(3.0, offset(1e-4));
    assertThat(f.lateralAccelerationMps2()).isCloseTo(v * omega, offset(1e-4));
    assertThat(f.maxLateralAccelerationMps2()).isCloseTo(v * omega, offset(1e-4));
  }

  @Test
  void theClimbRateIsTheSlopeOfTheQuantisedAltitudes() {
    KinematicHistory h = new KinematicHistory();
    double step = 100 * 0.3048; // Mode C
    for (int k = 0; k <= 15; k++) {
      double alt = Math.round((3000 + 10.0 * 4 * k) / step) * step;
      h.add(4.0 * k, 150.0 * 4 * k, 0, 150, 0, alt, 25 * (k % 2 == 0 ? 1 : -1), k + 1);
    }
    assertThat(features(h, 16).climbRateMps()).isCloseTo(10.0, offset(0.3));
  }

  @Test
  void withoutAltitudesTheClimbRateIsZero() {
    KinematicHistory h = new KinematicHistory();
    for (int k = 0; k <= 5; k++) {
      h.add(4.0 * k, 150.0 * 4 * k, 0, 150, 0, Double.NaN, Double.NaN, k + 1);
    }
    assertThat(features(h, 6).climbRateMps()).isZero();
  }

  @Test
  void samplesAreThinnedToThreeSecondsAndTheWindowToAMinute() {
    KinematicHistory h = new KinematicHistory();
    for (int s = 0; s <= 600; s++) {
      h.add(s, 100.0 * s, 0, 100, 0, 1000, 0, s + 1);
    }
    assertThat(h.size()).isLessThanOrEqualTo(KinematicHistory.CAPACITY);
    assertThat(features(h, 601).windowS()).isBetween(57.0, 60.0);
  }

  @Test
  void anOlderSampleIsIgnoredAndOneAtTheSameTimeReplacesTheNewest() {
    KinematicHistory h = new KinematicHistory();
    for (int k = 0; k <= 5; k++) {
      h.add(4.0 * k, 50.0 * 4 * k, 0, 50, 0, 500, 0, k + 1);
    }
    TrackFeatures before = features(h, 6);
    h.add(10.0, 0, 0, 400, 0, 500, 0, 7); // out of sequence
    assertThat(features(h, 6)).isEqualTo(before);
    int size = h.size();
    h.add(20.0, 50.0 * 20, 0, 52, 0, 500, 0, 7); // same time as the newest
    assertThat(h.size()).isEqualTo(size);
  }

  @Test
  void lifeLongExtremesWaitForEightUpdatesAndTenSeconds() {
    KinematicHistory h = new KinematicHistory();
    h.add(0, 0, 0, 300, 0, 1000, 0, 1);
    h.add(4, 1200, 0, 300, 0, 1000, 0, 2);
    h.add(8, 2400, 0, 300, 0, 1000, 0, 3);
    assertThat(features(h, 3).maxSustainedSpeedMps()).isNaN();
    for (int k = 3; k <= 10; k++) {
      h.add(4.0 * k, 300.0 * 4 * k, 0, 300, 0, 1000, 0, k + 1);
    }
    assertThat(features(h, 11).maxSustainedSpeedMps()).isEqualTo(300.0);
    assertThat(features(h, 11).minSustainedSpeedMps()).isEqualTo(300.0);
  }

  @Test
  void circlingWhileClimbingCountsAsSoaring() {
    KinematicHistory h = new KinematicHistory();
    double omega = Math.toRadians(18);
    double v = 25;
    double r = v / omega;
    for (int s = 0; s <= 120; s++) {
      double a = omega * s;
      h.add(
          s,
          r * Math.sin(a),
          r * Math.cos(a),
          v * Math.cos(a),
          -v * Math.sin(a),
          1000 + 2.0 * s,
          2.0,
          s + 1);
    }
    TrackFeatures f = features(h, 121);
    assertThat(f.turnRateDegPerS()).isCloseTo(18.0, offset(0.5));
    assertThat(f.climbRateMps()).isCloseTo(2.0, offset(1e-4));
    assertThat(f.soaringS()).isGreaterThan(60.0);
  }
}
