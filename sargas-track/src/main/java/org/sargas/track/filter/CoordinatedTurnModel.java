package org.sargas.track.filter;

import java.util.Arrays;

/**
 * Nearly coordinated turn with unknown turn rate (Li and Jilkov, "Survey of maneuvering target
 * tracking, Part I", IEEE TAES 39(4), 2003, §4.2.2). State {@code [e, ve, n, vn, ω]}, ω in rad/s,
 * positive counter-clockwise (towards north from east). Non-linear in ω: the predictor linearises
 * (extended Kalman). Process noise: white acceleration of density {@code q} on each axis (as the
 * constant-velocity model) plus a turn-rate random walk of density {@code qTurn} rad²/s³.
 * Immutable.
 */
public final class CoordinatedTurnModel implements TransitionModel {
  private static final double SMALL_TURN = 1e-6;
  private final double q;
  private final double qTurn;

  /**
   * @param accelerationDensity q, m²/s³ per axis
   * @param turnRateDensity q_ω, rad²/s³
   */
  public CoordinatedTurnModel(double accelerationDensity, double turnRateDensity) {
    this.q = accelerationDensity;
    this.qTurn = turnRateDensity;
  }

  @Override
  public int dimension() {
    return 5;
  }

  private static final int[][] PATTERN = {{0, 1, 3, 4}, {1, 3, 4}, {1, 2, 3, 4}, {1, 3, 4}, {4}};

  @Override
  public int[][] jacobianPattern() {
    return PATTERN;
  }

  @Override
  public void apply(double[] x, double dt, double[] out) {
    compute(x, dt, out, null);
  }

  @Override
  public void jacobian(double[] x, double dt, double[] f) {
    compute(x, dt, null, f);
  }

  @Override
  public void applyWithJacobian(double[] x, double dt, double[] out, double[] f) {
    compute(x, dt, out, f);
  }

  /** f(x) into {@code out} and/or the Jacobian into {@code f} (either may be null). */
  private static void compute(double[] x, double dt, double[] out, double[] f) {
    double w = x[4];
    double ve = x[1];
    double vn = x[3];
    double wt = w * dt;
    double s = Math.sin(wt);
    double c = Math.cos(wt);
    double a;
    double b;
    double da; // d(sin(wT)/w)/dw
    double db; // d((1-cos(wT))/w)/dw
    if (Math.abs(w) < SMALL_TURN) {
      a = dt;
      b = 0.5 * w * dt * dt;
      da = -w * dt * dt * dt / 3;
      db = 0.5 * dt * dt;
    } else {
      a = s / w;
      b = (1 - c) / w;
      da = (dt * c * w - s) / (w * w);
      db = (dt * s * w - (1 - c)) / (w * w);
    }
    if (out != null) {
      out[0] = x[0] + a * ve - b * vn;
      out[1] = c * ve - s * vn;
      out[2] = x[2] + b * ve + a * vn;
      out[3] = s * ve + c * vn;
      out[4] = w;
    }
    if (f != null) {
      Arrays.fill(f, 0, 25, 0.0);
      f[0] = 1;
      f[1] = a;
      f[3] = -b;
      f[4] = da * ve - db * vn;
      f[6] = c;
      f[8] = -s;
      f[9] = -dt * s * ve - dt * c * vn;
      f[11] = b;
      f[12] = 1;
      f[13] = a;
      f[14] = db * ve + da * vn;
      f[16] = s;
      f[18] = c;
      f[19] = dt * c * ve - dt * s * vn;
      f[24] = 1;
    }
  }

  @Override
  public boolean noiseDependsOnIntervalOnly() {
    return true;
  }

  @Override
  public void noiseCovariance(double[] x, double dt, double[] qOut) {
    double adt = Math.abs(dt);
    double q11 = q * adt * adt * adt / 3;
    double q12 = q * adt * adt / 2 * Math.signum(dt);
    double q22 = q * adt;
    Arrays.fill(qOut, 0, 25, 0.0);
    qOut[0] = q11;
    qOut[1] = q12;
    qOut[5] = q12;
    qOut[6] = q22;
    qOut[12] = q11;
    qOut[13] = q12;
    qOut[17] = q12;
    qOut[18] = q22;
    qOut[24] = qTurn * adt;
  }
}
