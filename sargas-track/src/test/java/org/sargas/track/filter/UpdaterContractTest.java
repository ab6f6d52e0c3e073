package org.sargas.track.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;

/**
 * Every {@link Updater} (and every {@link TrackFilter}'s update, which composes them) passes the
 * same cases, for position and bearing detections.
 */
class UpdaterContractTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("kalman-position", new KalmanUpdater(5), position()),
        Arguments.of("kalman-bearing", new KalmanUpdater(5), bearing()),
        Arguments.of("unscented-position", new UnscentedKalmanUpdater(5), position()),
        Arguments.of("unscented-bearing", new UnscentedKalmanUpdater(5), bearing()));
  }

  static Detection position() {
    Detection d = new Detection();
    d.kind = DetectionKind.POSITION;
    d.eastM = 130;
    d.northM = -260;
    d.varEastM2 = 900;
    d.varNorthM2 = 1600;
    d.covEastNorthM2 = 200;
    d.timeS = 10;
    return d;
  }

  static Detection bearing() {
    Detection d = new Detection();
    d.kind = DetectionKind.BEARING;
    d.sensorEastM = -5000;
    d.sensorNorthM = -5000;
    d.bearingRad = Math.atan2(100 + 5000, -300 + 5000) + 0.01;
    d.varBearingRad2 = 1e-4;
    d.timeS = 10;
    return d;
  }

  static GaussianState state() {
    return PredictorContractTest.state(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void updateShrinksUncertaintyAndKeepsSymmetry(String name, Updater u, Detection d) {
    GaussianState s = state();
    Innovation inn = new Innovation(5);
    double d2 = u.innovation(s, d, inn);
    assertThat(d2).isNotNaN().isNotNegative();
    double trace0 = s.p[0] + s.p[12];
    u.update(s, inn);
    assertThat(s.p[0] + s.p[12]).isLessThan(trace0);
    for (int i = 0; i < 5; i++) {
      assertThat(s.p[i * 5 + i]).isPositive();
      for (int j = 0; j < 5; j++) {
        assertThat(s.p[i * 5 + j]).isCloseTo(s.p[j * 5 + i], within(1e-9));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void detectionAtThePredictedMeasurementLeavesTheMean(String name, Updater u, Detection d) {
    GaussianState s = state();
    Innovation inn = new Innovation(5);
    u.innovation(s, d, inn);
    // Move the detection onto the updater's own predicted measurement.
    if (d.kind == DetectionKind.POSITION) {
      d.eastM = inn.zPred[0];
      d.northM = inn.zPred[1];
    } else {
      d.bearingRad = inn.zPred[0];
    }
    assertThat(u.innovation(s, d, inn)).isCloseTo(0.0, within(1e-12));
    double[] before = s.x.clone();
    u.update(s, inn);
    for (int i = 0; i < 5; i++) {
      assertThat(s.x[i]).isCloseTo(before[i], within(1e-9));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mixtureWithCertainDetectionEqualsPlainUpdate(String name, Updater u, Detection d) {
    GaussianState a = state();
    GaussianState b = state();
    Innovation inn = new Innovation(5);
    u.innovation(a, d, inn);
    u.update(a, inn);
    Innovation inn2 = new Innovation(5);
    u.innovation(b, d, inn2);
    u.updateMixture(b, new Innovation[] {inn2}, new double[] {1.0}, 1, 0.0);
    for (int i = 0; i < 25; i++) {
      assertThat(b.p[i]).isCloseTo(a.p[i], within(1e-9 * Math.max(1, Math.abs(a.p[i]))));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(b.x[i]).isCloseTo(a.x[i], within(1e-9 * Math.max(1, Math.abs(a.x[i]))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mixtureWithUncertainDetectionKeepsMoreUncertainty(String name, Updater u, Detection d) {
    GaussianState a = state();
    GaussianState b = state();
    Innovation inn = new Innovation(5);
    u.innovation(a, d, inn);
    u.update(a, inn);
    Innovation inn2 = new Innovation(5);
    u.innovation(b, d, inn2);
    u.updateMixture(b, new Innovation[] {inn2}, new double[] {0.6}, 1, 0.4);
    assertThat(b.p[0] + b.p[12]).isGreaterThan(a.p[0] + a.p[12]);
  }

  @org.junit.jupiter.api.Test
  void unscentedAgreesWithExtendedWhenTheBearingIsNearlyLinear() {
    // 5 km from the sensor with ~20 m position spread: the linearisation is excellent.
    GaussianState a = state();
    GaussianState b = state();
    Detection d = bearing();
    Innovation ia = new Innovation(5);
    Innovation ib = new Innovation(5);
    new KalmanUpdater(5).innovation(a, d, ia);
    new UnscentedKalmanUpdater(5).innovation(b, d, ib);
    assertThat(ib.distance2).isCloseTo(ia.distance2, within(1e-3 * ia.distance2 + 1e-6));
    assertThat(ib.s[0]).isCloseTo(ia.s[0], within(1e-3 * ia.s[0]));
  }

  static Stream<Arguments> filters() {
    TransitionModel[] imm = {new ConstantVelocityModel(0.5, 5), new CoordinatedTurnModel(4, 1e-3)};
    return Stream.of(
        Arguments.of("kalman-cv", new KalmanTrackFilter(new ConstantVelocityModel(2.0, 5))),
        Arguments.of(
            "imm", new ImmTrackFilter(imm, new double[] {30, 15}, new double[] {0.8, 0.2})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void trackFiltersFollowAStraightTarget(String name, TrackFilter f) {
    FilterState s = f.newState();
    s.combined.setTo(state());
    f.initialise(s);
    FilterState next = f.newState();
    Innovation inn = new Innovation(5);
    java.util.Random rng = new java.util.Random(3);
    for (int k = 1; k <= 40; k++) {
      double t = 10 + k;
      f.predict(s, t, next);
      Detection d = position();
      d.timeS = t;
      d.eastM = 100 + 50 * (t - 10) + 30 * rng.nextGaussian();
      d.northM = -300 + 20 * (t - 10) + 30 * rng.nextGaussian();
      assertThat(f.update(next, d, inn)).isNotNaN();
      s.setTo(next);
      double sum = 0;
      for (double pr : s.probabilities) {
        sum += pr;
      }
      assertThat(s.probabilities.length == 0 || Math.abs(sum - 1) < 1e-9).isTrue();
    }
    assertThat(s.combined.x[1]).isCloseTo(50, within(5.0));
    assertThat(s.combined.x[3]).isCloseTo(20, within(5.0));
    assertThat(s.timeS()).isEqualTo(50);
  }
}
