package org.sargas.track.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.hipparchus.filtering.kalman.Measurement;
import org.hipparchus.filtering.kalman.ProcessEstimate;
import org.hipparchus.filtering.kalman.extended.ExtendedKalmanFilter;
import org.hipparchus.filtering.kalman.extended.NonLinearEvolution;
import org.hipparchus.filtering.kalman.extended.NonLinearProcess;
import org.hipparchus.filtering.kalman.linear.LinearEvolution;
import org.hipparchus.filtering.kalman.linear.LinearKalmanFilter;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposer;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;

/**
 * Hipparchus's Kalman filters (an independent implementation) are the oracle for the Kalman maths:
 * the same models, the same measurements, the same states and covariances to 1e-9.
 */
class HipparchusOracleTest {
  private final double[] currentTime = {0};

  /** A Hipparchus measurement carrying our detection. */
  record Meas(double time, RealVector value, RealMatrix cov, Detection d) implements Measurement {
    @Override
    public double getTime() {
      return time;
    }

    @Override
    public RealVector getValue() {
      return value;
    }

    @Override
    public RealMatrix getCovariance() {
      return cov;
    }
  }

  static RealMatrix matrix(double[] rowMajor, int n, int m) {
    double[][] a = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = rowMajor[i * m + j];
      }
    }
    return new Array2DRowRealMatrix(a);
  }

  static void assertSame(GaussianState ours, ProcessEstimate theirs) {
    int n = ours.dimension();
    for (int i = 0; i < n; i++) {
      double scale = Math.max(1, Math.abs(theirs.getState().getEntry(i)));
      assertThat(ours.x[i]).isCloseTo(theirs.getState().getEntry(i), within(1e-9 * scale));
      for (int j = 0; j < n; j++) {
        double t = theirs.getCovariance().getEntry(i, j);
        assertThat(ours.p[i * n + j]).isCloseTo(t, within(1e-9 * Math.max(1, Math.abs(t))));
      }
    }
  }

  static GaussianState initial(int n) {
    GaussianState s = new GaussianState(n);
    s.x[0] = 1000;
    s.x[1] = 120;
    s.x[2] = -2000;
    s.x[3] = 40;
    double[] var = {2500, 400, 2500, 400, 1e-4};
    for (int i = 0; i < n; i++) {
      s.p[i * n + i] = var[i];
    }
    s.p[1] = s.p[n] = 300; // position/velocity correlation
    if (n == 5) {
      s.x[4] = 0.05;
    }
    return s;
  }

  static RealVector vector(double[] x, int n) {
    return new ArrayRealVector(Arrays.copyOf(x, n));
  }

  @Test
  void constantVelocityWithPositionsMatchesLinearKalmanFilter() {
    ConstantVelocityModel cv = new ConstantVelocityModel(3.0);
    KalmanPredictor predictor = new KalmanPredictor(cv);
    KalmanUpdater updater = new KalmanUpdater(4);
    GaussianState ours = initial(4);
    ProcessEstimate start = new ProcessEstimate(0, vector(ours.x, 4), matrix(ours.p, 4, 4));
    double[] f = new double[16];
    double[] q = new double[16];
    LinearKalmanFilter<Meas> kf =
        new LinearKalmanFilter<>(
            new QRDecomposer(1e-15),
            m -> {
              double dt = m.time() - currentTime[0];
              currentTime[0] = m.time();
              cv.jacobian(null, dt, f);
              cv.noiseCovariance(null, dt, q);
              return new LinearEvolution(
                  matrix(f, 4, 4),
                  null,
                  null,
                  matrix(q, 4, 4),
                  matrix(new double[] {1, 0, 0, 0, 0, 0, 1, 0}, 2, 4));
            },
            start);
    Random rng = new Random(17);
    Innovation inn = new Innovation(4);
    double t = 0;
    for (int k = 0; k < 50; k++) {
      t += 0.5 + 4 * rng.nextDouble();
      Detection d = new Detection();
      d.kind = DetectionKind.POSITION;
      d.timeS = t;
      d.eastM = 1000 + 120 * t + 80 * rng.nextGaussian();
      d.northM = -2000 + 40 * t + 80 * rng.nextGaussian();
      d.varEastM2 = 3000 + 2000 * rng.nextDouble();
      d.varNorthM2 = 3000 + 2000 * rng.nextDouble();
      d.covEastNorthM2 = 1000 * (rng.nextDouble() - 0.5);
      predictor.predict(ours, t, ours);
      updater.innovation(ours, d, inn);
      updater.update(ours, inn);
      ProcessEstimate theirs =
          kf.estimationStep(
              new Meas(
                  t,
                  new ArrayRealVector(new double[] {d.eastM, d.northM}),
                  matrix(
                      new double[] {d.varEastM2, d.covEastNorthM2, d.covEastNorthM2, d.varNorthM2},
                      2,
                      2),
                  d));
      assertSame(ours, theirs);
    }
  }

  @Test
  void coordinatedTurnWithBearingsMatchesExtendedKalmanFilter() {
    CoordinatedTurnModel ct = new CoordinatedTurnModel(2.0, 1e-4);
    KalmanPredictor predictor = new KalmanPredictor(ct);
    KalmanUpdater updater = new KalmanUpdater(5);
    GaussianState ours = initial(5);
    ProcessEstimate start = new ProcessEstimate(0, vector(ours.x, 5), matrix(ours.p, 5, 5));
    double[] sensors = {0, 0, 20_000, -5_000, 8_000, 12_000};
    NonLinearProcess<Meas> process =
        new NonLinearProcess<>() {
          @Override
          public NonLinearEvolution getEvolution(
              double previousTime, RealVector previousState, Meas m) {
            double dt = m.time() - previousTime;
            double[] x = previousState.toArray();
            double[] xp = new double[5];
            double[] fm = new double[25];
            double[] qm = new double[25];
            ct.apply(x, dt, xp);
            ct.jacobian(x, dt, fm);
            ct.noiseCovariance(x, dt, qm);
            double[] h = new double[5];
            BearingMeasurementModel.INSTANCE.jacobian(xp, 5, m.d(), h);
            return new NonLinearEvolution(
                m.time(),
                new ArrayRealVector(xp),
                matrix(fm, 5, 5),
                matrix(qm, 5, 5),
                matrix(h, 1, 5));
          }

          @Override
          public RealVector getInnovation(
              Meas m, NonLinearEvolution evolution, RealMatrix innovationCovariance) {
            double[] z = new double[1];
            BearingMeasurementModel.INSTANCE.predict(
                evolution.getCurrentState().toArray(), 5, m.d(), z);
            return new ArrayRealVector(
                new double[] {BearingMeasurementModel.wrap(m.d().bearingRad - z[0])});
          }
        };
    ExtendedKalmanFilter<Meas> ekf =
        new ExtendedKalmanFilter<>(new QRDecomposer(1e-15), process, start);
    Random rng = new Random(23);
    Innovation inn = new Innovation(5);
    double t = 0;
    for (int k = 0; k < 60; k++) {
      t += 0.3 + rng.nextDouble();
      int s = k % 3;
      Detection d = new Detection();
      d.kind = DetectionKind.BEARING;
      d.timeS = t;
      d.sensorEastM = sensors[2 * s];
      d.sensorNorthM = sensors[2 * s + 1];
      double e = 1000 + 120 * t;
      double n = -2000 + 40 * t;
      d.bearingRad = Math.atan2(e - d.sensorEastM, n - d.sensorNorthM) + 0.02 * rng.nextGaussian();
      d.varBearingRad2 = 0.02 * 0.02;
      predictor.predict(ours, t, ours);
      updater.innovation(ours, d, inn);
      updater.update(ours, inn);
      ProcessEstimate theirs =
          ekf.estimationStep(
              new Meas(
                  t,
                  new ArrayRealVector(new double[] {d.bearingRad}),
                  matrix(new double[] {d.varBearingRad2}, 1, 1),
                  d));
      assertSame(ours, theirs);
    }
  }
}
