package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/** Linear measurement of the horizontal position: {@code z = [e, n]}, R from the detection. */
public final class PositionMeasurementModel implements MeasurementModel {
  /** Shared instance (stateless). */
  public static final PositionMeasurementModel INSTANCE = new PositionMeasurementModel();

  private PositionMeasurementModel() {}

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public boolean isLinear() {
    return true;
  }

  @Override
  public void predict(double[] x, int n, Detection d, double[] zOut) {
    zOut[0] = x[GaussianState.EAST];
    zOut[1] = x[GaussianState.NORTH];
  }

  @Override
  public void jacobian(double[] x, int n, Detection d, double[] h) {
    for (int i = 0; i < 2 * n; i++) {
      h[i] = 0;
    }
    h[GaussianState.EAST] = 1;
    h[n + GaussianState.NORTH] = 1;
  }

  @Override
  public void noiseCovariance(Detection d, double[] r) {
    r[0] = d.varEastM2;
    r[1] = d.covEastNorthM2;
    r[2] = d.covEastNorthM2;
    r[3] = d.varNorthM2;
  }

  @Override
  public void measurement(Detection d, double[] z) {
    z[0] = d.eastM;
    z[1] = d.northM;
  }

  @Override
  public void residual(double[] z, double[] zPred, double[] y) {
    y[0] = z[0] - zPred[0];
    y[1] = z[1] - zPred[1];
  }
}
