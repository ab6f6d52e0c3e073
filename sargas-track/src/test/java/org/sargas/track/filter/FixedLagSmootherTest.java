package org.sargas.track.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;

/** The fixed-lag RTS smoother over every {@link TrackFilter}: same cases for each. */
class FixedLagSmootherTest {
  private static final double SIGMA_M = 80;

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("cv", new KalmanTrackFilter(new ConstantVelocityModel(1.0))),
        Arguments.of(
            "imm",
            new ImmTrackFilter(
                new TransitionModel[] {
                  new ConstantVelocityModel(0.02, 5), new CoordinatedTurnModel(1.0, 1e-4)
                },
                new double[] {40, 20},
                new double[] {0.9, 0.1})));
  }

  /** One smoothed estimate as emitted. */
  private record Smoothed(int update, double timeS, double[] x, double[] p) {}

  /** A target at 180 m/s east, then a 3°/s turn, plots every 2 s with 80 m noise. */
  private static double[] truthAt(double t) {
    double v = 180;
    double turnStart = 40;
    if (t <= turnStart) {
      return new double[] {v * t, 0};
    }
    double w = Math.toRadians(3);
    double r = v / w;
    double a = w * (t - turnStart);
    return new double[] {v * turnStart + r * Math.sin(a), r * (1 - Math.cos(a))};
  }

  /**
   * Runs {@code filter} over the plots, recording each update; returns the filtered estimates and
   * fills {@code smoothed} with what the smoother emits.
   */
  private static List<double[]> run(
      TrackFilter filter, FixedLagSmoother smoother, List<Smoothed> smoothed, long seed) {
    Random rnd = new Random(seed);
    FilterState s = filter.newState();
    s.combined.x[GaussianState.VEAST] = 180;
    s.combined.p[0] = SIGMA_M * SIGMA_M;
    int n = filter.dimension();
    s.combined.p[n + 1] = 400;
    s.combined.p[2 * n + 2] = SIGMA_M * SIGMA_M;
    s.combined.p[3 * n + 3] = 400;
    if (n > 4) {
      s.combined.p[4 * n + 4] = 1e-3;
    }
    filter.initialise(s);
    FilterState predicted = filter.newState();
    Innovation inn = new Innovation(n);
    SmoothingWindow<Integer> w = smoother.newWindow();
    List<double[]> filtered = new ArrayList<>();
    FixedLagSmoother.Sink<Integer> sink =
        (k, g) -> smoothed.add(new Smoothed(k, g.timeS, g.x.clone(), g.p.clone()));
    for (int k = 0; k <= 50; k++) {
      double t = 2.0 * k;
      if (k > 0) {
        double[] truth = truthAt(t);
        Detection d = new Detection();
        d.kind = DetectionKind.POSITION;
        d.timeS = t;
        d.eastM = truth[0] + SIGMA_M * rnd.nextGaussian();
        d.northM = truth[1] + SIGMA_M * rnd.nextGaussian();
        d.varEastM2 = SIGMA_M * SIGMA_M;
        d.varNorthM2 = SIGMA_M * SIGMA_M;
        filter.predict(s, t, predicted);
        assertThat(filter.update(predicted, d, inn)).isNotNaN();
        s.setTo(predicted);
      }
      filtered.add(new double[] {s.combined.x[0], s.combined.x[2], s.combined.p[0]});
      assertThat(smoother.record(w, s, k)).isTrue();
      smoother.emitDue(w, sink);
    }
    smoother.flush(w, sink);
    assertThat(w.size()).isZero();
    return filtered;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void emitsEveryUpdateOnceInOrderAfterTheLag(String name, TrackFilter filter) {
    FixedLagSmoother smoother = new FixedLagSmoother(filter, 10.0, 64);
    List<Smoothed> out = new ArrayList<>();
    run(filter, smoother, out, 1);
    assertThat(out).hasSize(51);
    for (int k = 0; k < out.size(); k++) {
      assertThat(out.get(k).update()).isEqualTo(k);
      assertThat(out.get(k).timeS()).isEqualTo(2.0 * k);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void smoothedTrackIsCloserToTruthAndNeverLessCertainThanFiltered(
      String name, TrackFilter filter) {
    double filteredSum2 = 0;
    double smoothedSum2 = 0;
    for (long seed = 1; seed <= 10; seed++) {
      FixedLagSmoother smoother = new FixedLagSmoother(filter, 10.0, 64);
      List<Smoothed> out = new ArrayList<>();
      List<double[]> filtered = run(filter, smoother, out, seed);
      int n = filter.dimension();
      for (int k = 5; k < 50; k++) { // settled, and not the newest (not smoothed)
        double[] truth = truthAt(2.0 * k);
        double[] f = filtered.get(k);
        Smoothed s = out.get(k);
        filteredSum2 += sq(f[0] - truth[0]) + sq(f[1] - truth[1]);
        smoothedSum2 += sq(s.x()[0] - truth[0]) + sq(s.x()[2] - truth[1]);
        assertThat(s.p()[0]).isLessThanOrEqualTo(f[2] * (1 + 1e-9));
        for (int i = 0; i < n; i++) {
          assertThat(s.p()[i * n + i]).isPositive();
        }
      }
    }
    assertThat(smoothedSum2).isLessThan(0.7 * filteredSum2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void newestUpdateIsEmittedAsFiltered(String name, TrackFilter filter) {
    FixedLagSmoother smoother = new FixedLagSmoother(filter, 10.0, 64);
    List<Smoothed> out = new ArrayList<>();
    List<double[]> filtered = run(filter, smoother, out, 3);
    Smoothed last = out.get(out.size() - 1);
    assertThat(last.x()[0]).isEqualTo(filtered.get(filtered.size() - 1)[0]);
  }

  @Test
  void immOfIdenticalModesHasTheKalmanCrossCovariance() {
    TransitionModel cv = new ConstantVelocityModel(1.0, 5);
    TrackFilter kalman = new KalmanTrackFilter(cv);
    TrackFilter imm =
        new ImmTrackFilter(
            new TransitionModel[] {cv, new ConstantVelocityModel(1.0, 5)},
            new double[] {40, 20},
            new double[] {0.7, 0.3});
    FilterState a = kalman.newState();
    a.combined.setTo(PredictorContractTest.state(5));
    FilterState b = imm.newState();
    b.combined.setTo(a.combined);
    imm.initialise(b);
    double[] da = new double[25];
    double[] db = new double[25];
    kalman.predictWithCrossCovariance(a, a.timeS() + 3, kalman.newState(), da);
    imm.predictWithCrossCovariance(b, b.timeS() + 3, imm.newState(), db);
    for (int i = 0; i < 25; i++) {
      assertThat(db[i]).isCloseTo(da[i], within(1e-9 * Math.max(1, Math.abs(da[i]))));
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
