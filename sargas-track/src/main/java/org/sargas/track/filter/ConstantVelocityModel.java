package org.sargas.track.filter;

import java.util.Arrays;

/**
 * Nearly-constant velocity in east and north, driven by continuous white-noise acceleration of
 * spectral density {@code q} m²/s³ per axis (Bar-Shalom, Li, Kirubarajan 2001, §6.2.2): per axis
 * {@code Q = q [dt³/3, dt²/2; dt²/2, dt]}. State {@code [e, ve, n, vn]}. Immutable.
 */
public final class ConstantVelocityModel implements TransitionModel {
  private final double q;

  /** @param accelerationDensity q, m²/s³ per axis */
  public ConstantVelocityModel(double accelerationDensity) {
    if (!(accelerationDensity >= 0)) {
      throw new IllegalArgumentException("accelerationDensity must be >= 0");
    }
    this.q = accelerationDensity;
  }

  /** The spectral density q, m²/s³. */
  public double accelerationDensity() {
    return q;
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public void apply(double[] x, double dtS, double[] out) {
    out[0] = x[0] + dtS * x[1];
    out[1] = x[1];
    out[2] = x[2] + dtS * x[3];
    out[3] = x[3];
  }

  @Override
  public void jacobian(double[] x, double dtS, double[] f) {
    Arrays.fill(f, 0, 16, 0.0);
    f[0] = 1;
    f[1] = dtS;
    f[5] = 1;
    f[10] = 1;
    f[11] = dtS;
    f[15] = 1;
  }

  @Override
  public void noiseCovariance(double[] x, double dtS, double[] qOut) {
    double dt = Math.abs(dtS);
    double q11 = q * dt * dt * dt / 3;
    double q12 = q * dt * dt / 2 * Math.signum(dtS);
    double q22 = q * dt;
    Arrays.fill(qOut, 0, 16, 0.0);
    qOut[0] = q11;
    qOut[1] = q12;
    qOut[4] = q12;
    qOut[5] = q22;
    qOut[10] = q11;
    qOut[11] = q12;
    qOut[14] = q12;
    qOut[15] = q22;
  }
}
