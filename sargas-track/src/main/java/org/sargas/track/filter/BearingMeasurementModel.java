package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Bearing-only measurement from a sensor site: {@code z = atan2(e - es, n - ns)}, radians clockwise
 * from north; residuals wrap into (-π, π].
 */
public final class BearingMeasurementModel implements MeasurementModel {
  /** Shared instance (stateless). */
  public static final BearingMeasurementModel INSTANCE = new BearingMeasurementModel();

  private BearingMeasurementModel() {}

  @Override
  public int dimension() {
    return 1;
  }

  @Override
  public boolean isLinear() {
    return false;
  }

  @Override
  public void predict(double[] x, int n, Detection d, double[] zOut) {
    zOut[0] =
        Math.atan2(x[GaussianState.EAST] - d.sensorEastM, x[GaussianState.NORTH] - d.sensorNorthM);
  }

  @Override
  public void jacobian(double[] x, int n, Detection d, double[] h) {
    double de = x[GaussianState.EAST] - d.sensorEastM;
    double dn = x[GaussianState.NORTH] - d.sensorNorthM;
    double r2 = Math.max(de * de + dn * dn, 1.0);
    for (int i = 0; i < n; i++) {
      h[i] = 0;
    }
    h[GaussianState.EAST] = dn / r2;
    h[GaussianState.NORTH] = -de / r2;
  }

  @Override
  public void noiseCovariance(Detection d, double[] r) {
    r[0] = d.varBearingRad2;
  }

  @Override
  public void measurement(Detection d, double[] z) {
    z[0] = d.bearingRad;
  }

  @Override
  public void residual(double[] z, double[] zPred, double[] y) {
    y[0] = wrap(z[0] - zPred[0]);
  }

  /** Wraps an angle into (-π, π]. */
  public static double wrap(double a) {
    double r = Math.IEEEremainder(a, 2 * Math.PI);
    return r <= -Math.PI ? r + 2 * Math.PI : r;
  }
}
