package org.sargas.track.filter;

import java.util.Arrays;

/**
 * Nearly-constant velocity in east and north, driven by continuous white-noise acceleration of
 * spectral density {@code q} m²/s³ per axis (Bar-Shalom, Li, Kirubarajan 2001, §6.2.2): per axis
 * {@code Q = q [dt³/3, dt²/2; dt²/2, dt]}. State {@code [e, ve, n, vn]}, or {@code [e, ve, n, vn,
 * ω]} in the 5-component form used beside the coordinated-turn model in an IMM, where the turn rate
 * is carried unchanged and without noise. Immutable.
 */
public final class ConstantVelocityModel implements TransitionModel {
  private final double q;
  private final int dimension;

  /** The 4-component model; {@code accelerationDensity} is q, m²/s³ per axis. */
  public ConstantVelocityModel(double accelerationDensity) {
    this(accelerationDensity, 4);
  }

  /** The model with 4 or 5 ({@code [.., ω]}) components. */
  public ConstantVelocityModel(double accelerationDensity, int dimension) {
    if (!(accelerationDensity >= 0)) {
      throw new IllegalArgumentException("accelerationDensity must be >= 0");
    }
    if (dimension != 4 && dimension != 5) {
      throw new IllegalArgumentException("dimension must be 4 or 5: " + dimension);
    }
    this.q = accelerationDensity;
    this.dimension = dimension;
  }

  /** The spectral density q, m²/s³. */
  public double accelerationDensity() {
    return q;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public void apply(double[] x, double dtS, double[] out) {
    out[0] = x[0] + dtS * x[1];
    out[1] = x[1];
    out[2] = x[2] + dtS * x[3];
    out[3] = x[3];
    if (dimension == 5) {
      out[4] = x[4];
    }
  }

  @Override
  public void jacobian(double[] x, double dtS, double[] f) {
    int n = dimension;
    Arrays.fill(f, 0, n * n, 0.0);
    for (int i = 0; i < n; i++) {
      f[i * n + i] = 1;
    }
    f[1] = dtS;
    f[2 * n + 3] = dtS;
  }

  @Override
  public boolean noiseDependsOnIntervalOnly() {
    return true;
  }

  @Override
  public void noiseCovariance(double[] x, double dtS, double[] qOut) {
    double dt = Math.abs(dtS);
    double q11 = q * dt * dt * dt / 3;
    double q12 = q * dt * dt / 2 * Math.signum(dtS);
    double q22 = q * dt;
    int n = dimension;
    Arrays.fill(qOut, 0, n * n, 0.0);
    qOut[0] = q11;
    qOut[1] = q12;
    qOut[n] = q12;
    qOut[n + 1] = q22;
    qOut[2 * n + 2] = q11;
    qOut[2 * n + 3] = q12;
    qOut[3 * n + 2] = q12;
    qOut[3 * n + 3] = q22;
  }
}
