package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Linear measurement of horizontal position and velocity, as another tracker reports them: {@code z
 * = [e, n, ve, vn]}, R from the detection (position block and velocity block, no cross terms).
 * Stateless.
 */
public final class PositionVelocityMeasurementModel implements MeasurementModel {
  /** Shared instance (stateless). */
  public static final PositionVelocityMeasurementModel INSTANCE =
      new PositionVelocityMeasurementModel();

  private static final int[] COMPONENTS = {
    GaussianState.EAST, GaussianState.NORTH, GaussianState.VEAST, GaussianState.VNORTH
  };

  private PositionVelocityMeasurementModel() {}

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public boolean isLinear() {
    return true;
  }

  @Override
  public void predict(double[] x, int n, Detection d, double[] zOut) {
    for (int i = 0; i < 4; i++) {
      zOut[i] = x[COMPONENTS[i]];
    }
  }

  @Override
  public void jacobian(double[] x, int n, Detection d, double[] h) {
    for (int i = 0; i < 4 * n; i++) {
      h[i] = 0;
    }
    for (int i = 0; i < 4; i++) {
      h[i * n + COMPONENTS[i]] = 1;
    }
  }

  @Override
  public void noiseCovariance(Detection d, double[] r) {
    for (int i = 0; i < 16; i++) {
      r[i] = 0;
    }
    r[0] = d.varEastM2;
    r[1] = d.covEastNorthM2;
    r[4] = d.covEastNorthM2;
    r[5] = d.varNorthM2;
    r[10] = d.varVelocityEastMps2;
    r[11] = d.covVelocityEastNorthMps2;
    r[14] = d.covVelocityEastNorthMps2;
    r[15] = d.varVelocityNorthMps2;
  }

  @Override
  public void measurement(Detection d, double[] z) {
    z[0] = d.eastM;
    z[1] = d.northM;
    z[2] = d.velocityEastMps;
    z[3] = d.velocityNorthMps;
  }

  @Override
  public void residual(double[] z, double[] zPred, double[] y) {
    for (int i = 0; i < 4; i++) {
      y[i] = z[i] - zPred[i];
    }
  }
}
