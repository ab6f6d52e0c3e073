package org.sargas.track.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@link Predictor} passes the same cases. */
class PredictorContractTest {

  static Stream<Arguments> predictors() {
    return Stream.of(
        Arguments.of("cv4", new KalmanPredictor(new ConstantVelocityModel(2.0))),
        Arguments.of("cv5", new KalmanPredictor(new ConstantVelocityModel(2.0, 5))),
        Arguments.of("ct", new KalmanPredictor(new CoordinatedTurnModel(2.0, 1e-4))));
  }

  static GaussianState state(int n) {
    GaussianState s = new GaussianState(n);
    s.x[0] = 100;
    s.x[1] = 50;
    s.x[2] = -300;
    s.x[3] = 20;
    for (int i = 0; i < n; i++) {
      s.p[i * n + i] = i % 2 == 0 ? 400 : 25;
    }
    s.p[1] = s.p[n] = 30;
    if (n == 5) {
      s.x[4] = 0.02;
      s.p[24] = 1e-4;
    }
    s.timeS = 10;
    return s;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictors")
  void predictionToTheSameTimeChangesNothing(String name, Predictor p) {
    GaussianState s = state(p.dimension());
    GaussianState out = new GaussianState(p.dimension());
    p.predict(s, 10, out);
    assertThat(out.x).containsExactly(s.x);
    assertThat(out.p).containsExactly(s.p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictors")
  void covarianceStaysSymmetricAndGrows(String name, Predictor p) {
    int n = p.dimension();
    GaussianState s = state(n);
    GaussianState out = new GaussianState(n);
    p.predict(s, 15, out);
    assertThat(out.timeS).isEqualTo(15);
    for (int i = 0; i < n; i++) {
      assertThat(out.p[i * n + i]).isGreaterThanOrEqualTo(s.p[i * n + i]);
      for (int j = 0; j < n; j++) {
        assertThat(out.p[i * n + j]).isCloseTo(out.p[j * n + i], within(1e-9));
      }
    }
    // Positive definite position block.
    double det = out.p[0] * out.p[2 * n + 2] - out.p[2] * out.p[2 * n];
    assertThat(det).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictors")
  void inPlacePredictionEqualsOutOfPlace(String name, Predictor p) {
    int n = p.dimension();
    GaussianState a = state(n);
    GaussianState b = state(n);
    GaussianState out = new GaussianState(n);
    p.predict(a, 13.5, out);
    p.predict(b, 13.5, b);
    assertThat(b.x).containsExactly(out.x);
    assertThat(b.p).containsExactly(out.p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictors")
  void meanPredictionComposes(String name, Predictor p) {
    int n = p.dimension();
    GaussianState a = state(n);
    GaussianState b = state(n);
    p.predict(a, 14, a);
    p.predict(a, 17, a);
    p.predict(b, 17, b);
    for (int i = 0; i < n; i++) {
      assertThat(a.x[i]).isCloseTo(b.x[i], within(1e-6 * Math.max(1, Math.abs(b.x[i]))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictors")
  void speedIsKept(String name, Predictor p) {
    int n = p.dimension();
    GaussianState s = state(n);
    double v0 = Math.hypot(s.x[1], s.x[3]);
    p.predict(s, 40, s);
    assertThat(Math.hypot(s.x[1], s.x[3])).isCloseTo(v0, within(1e-9));
  }
}
