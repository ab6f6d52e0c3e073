package org.sargas.track.filter;

/**
 * Kalman prediction {@code x = f(x)}, {@code P = F P F^T + Q}. For linear transition models this is
 * the Kalman filter's prediction; for non-linear ones (coordinated turn) it is the extended Kalman
 * filter's, with F the Jacobian at the prior mean. Not thread-safe (scratch space).
 */
public final class KalmanPredictor implements Predictor {
  private final TransitionModel model;
  private final int n;
  private final double[] f;
  private final double[] q;
  private final double[] tmp;
  private final double[] xOut;

  /** Whether {@link #q} depends on the interval only (then it is kept for {@link #qDtS}). */
  private final boolean noiseByInterval;

  /** Whether the model is the coordinated turn (its Jacobian product is written out). */
  private final boolean coordinatedTurn;

  /** The interval {@link #q} was computed for (NaN: none yet, or state-dependent noise). */
  private double qDtS = Double.NaN;

  public KalmanPredictor(TransitionModel model) {
    this.model = model;
    this.n = model.dimension();
    this.noiseByInterval = model.noiseDependsOnIntervalOnly();
    this.coordinatedTurn = model instanceof CoordinatedTurnModel;
    this.f = new double[n * n];
    this.q = new double[n * n];
    this.tmp = new double[n * n];
    this.xOut = new double[n];
  }

  /** The transition model. */
  public TransitionModel model() {
    return model;
  }

  @Override
  public int dimension() {
    return n;
  }

  /** {@code out = F p F^T} using only F's non-zero entries ({@code out} may be {@code p}). */
  private void sparseProduct(int[][] pattern, double[] p, double[] out) {
    // tmp = F p
    for (int i = 0; i < n; i++) {
      int row = i * n;
      for (int j = 0; j < n; j++) {
        tmp[row + j] = 0;
      }
      for (int l : pattern[i]) {
        double fil = f[row + l];
        int pl = l * n;
        for (int j = 0; j < n; j++) {
          tmp[row + j] += fil * p[pl + j];
        }
      }
    }
    // out = tmp F^T
    for (int j = 0; j < n; j++) {
      int fr = j * n;
      for (int i = 0; i < n; i++) {
        double s = 0;
        int tr = i * n;
        for (int l : pattern[j]) {
          s += tmp[tr + l] * f[fr + l];
        }
        out[tr + j] = s;
      }
    }
  }

  /**
   * {@link #sparseProduct} for the coordinated-turn Jacobian's pattern (rows {@code {0,1,3,4},
   * {1,3,4}, {1,2,3,4}, {1,3,4}, {4}}), written out with the same terms summed in the same order,
   * so the result is the same to the bit ({@code out} may be {@code p}).
   */
  private void coordinatedTurnProduct(double[] p, double[] out) {
    double[] f = this.f;
    double[] t = tmp;
    double f00 = f[0];
    double f01 = f[1];
    double f03 = f[3];
    double f04 = f[4];
    double f11 = f[6];
    double f13 = f[8];
    double f14 = f[9];
    double f21 = f[11];
    double f22 = f[12];
    double f23 = f[13];
    double f24 = f[14];
    double f31 = f[16];
    double f33 = f[18];
    double f34 = f[19];
    double f44 = f[24];
    // tmp = F p
    for (int j = 0; j < 5; j++) {
      double p0 = p[j];
      double p1 = p[5 + j];
      double p2 = p[10 + j];
      double p3 = p[15 + j];
      double p4 = p[20 + j];
      t[j] = 0.0 + f00 * p0 + f01 * p1 + f03 * p3 + f04 * p4;
      t[5 + j] = 0.0 + f11 * p1 + f13 * p3 + f14 * p4;
      t[10 + j] = 0.0 + f21 * p1 + f22 * p2 + f23 * p3 + f24 * p4;
      t[15 + j] = 0.0 + f31 * p1 + f33 * p3 + f34 * p4;
      t[20 + j] = 0.0 + f44 * p4;
    }
    // out = tmp F^T
    for (int i = 0; i < 25; i += 5) {
      double t0 = t[i];
      double t1 = t[i + 1];
      double t2 = t[i + 2];
      double t3 = t[i + 3];
      double t4 = t[i + 4];
      out[i] = 0.0 + t0 * f00 + t1 * f01 + t3 * f03 + t4 * f04;
      out[i + 1] = 0.0 + t1 * f11 + t3 * f13 + t4 * f14;
      out[i + 2] = 0.0 + t1 * f21 + t2 * f22 + t3 * f23 + t4 * f24;
      out[i + 3] = 0.0 + t1 * f31 + t3 * f33 + t4 * f34;
      out[i + 4] = 0.0 + t4 * f44;
    }
  }

  /**
   * {@code o = F p F^T + Q} of the constant-velocity model (4 or 5 components; {@code o} may be
   * {@code p}), written out: F = I + dt·E with E moving velocity into position, so F P F^T = P + dt
   * (E P + P E^T) + dt² E P E^T. The terms and their order are those of the row operations {@code T
   * = F P} (rows 0 and 2), then {@code T F^T}, then {@code + Q}.
   */
  private void constantVelocity(double[] p, double dt, double[] o) {
    int n = this.n;
    double[] q = this.q;
    double p00 = p[0];
    double p01 = p[1];
    double p02 = p[2];
    double p03 = p[3];
    double p10 = p[n];
    double p11 = p[n + 1];
    double p12 = p[n + 2];
    double p13 = p[n + 3];
    double p20 = p[2 * n];
    double p21 = p[2 * n + 1];
    double p22 = p[2 * n + 2];
    double p23 = p[2 * n + 3];
    double p30 = p[3 * n];
    double p31 = p[3 * n + 1];
    double p32 = p[3 * n + 2];
    double p33 = p[3 * n + 3];
    double t00 = p00 + dt * p10;
    double t01 = p01 + dt * p11;
    double t02 = p02 + dt * p12;
    double t03 = p03 + dt * p13;
    double t20 = p20 + dt * p30;
    double t21 = p21 + dt * p31;
    double t22 = p22 + dt * p32;
    double t23 = p23 + dt * p33;
    if (n == 5) { // the turn-rate row and column: carried, moved like any other component
      double p04 = p[4];
      double p14 = p[n + 4];
      double p24 = p[2 * n + 4];
      double p34 = p[3 * n + 4];
      double p40 = p[4 * n];
      double p41 = p[4 * n + 1];
      double p42 = p[4 * n + 2];
      double p43 = p[4 * n + 3];
      double p44 = p[4 * n + 4];
      o[4] = p04 + dt * p14 + q[4];
      o[n + 4] = p14 + q[n + 4];
      o[2 * n + 4] = p24 + dt * p34 + q[2 * n + 4];
      o[3 * n + 4] = p34 + q[3 * n + 4];
      o[4 * n] = p40 + dt * p41 + q[4 * n];
      o[4 * n + 1] = p41 + q[4 * n + 1];
      o[4 * n + 2] = p42 + dt * p43 + q[4 * n + 2];
      o[4 * n + 3] = p43 + q[4 * n + 3];
      o[4 * n + 4] = p44 + q[4 * n + 4];
    }
    o[0] = t00 + dt * t01 + q[0];
    o[1] = t01 + q[1];
    o[2] = t02 + dt * t03 + q[2];
    o[3] = t03 + q[3];
    o[n] = p10 + dt * p11 + q[n];
    o[n + 1] = p11 + q[n + 1];
    o[n + 2] = p12 + dt * p13 + q[n + 2];
    o[n + 3] = p13 + q[n + 3];
    o[2 * n] = t20 + dt * t21 + q[2 * n];
    o[2 * n + 1] = t21 + q[2 * n + 1];
    o[2 * n + 2] = t22 + dt * t23 + q[2 * n + 2];
    o[2 * n + 3] = t23 + q[2 * n + 3];
    o[3 * n] = p30 + dt * p31 + q[3 * n];
    o[3 * n + 1] = p31 + q[3 * n + 1];
    o[3 * n + 2] = p32 + dt * p33 + q[3 * n + 2];
    o[3 * n + 3] = p33 + q[3 * n + 3];
  }

  @Override
  public void predict(GaussianState in, double timeS, GaussianState out) {
    double dt = timeS - in.timeS;
    if (dt == 0) {
      if (out != in) {
        out.setTo(in);
      }
      return;
    }
    if (!noiseByInterval || dt != qDtS) { // every track of a scan predicts over one interval
      model.noiseCovariance(in.x, dt, q);
      qDtS = noiseByInterval ? dt : Double.NaN;
    }
    if (model instanceof ConstantVelocityModel) {
      model.apply(in.x, dt, xOut);
      constantVelocity(in.p, dt, out.p);
    } else {
      model.applyWithJacobian(in.x, dt, xOut, f);
      int[][] pattern = model.jacobianPattern();
      if (coordinatedTurn) {
        coordinatedTurnProduct(in.p, out.p);
      } else if (pattern == null) {
        SmallMatrix.multiply(f, in.p, tmp, n, n, n);
        SmallMatrix.multiplyTransB(tmp, f, out.p, n, n, n);
      } else {
        sparseProduct(pattern, in.p, out.p);
      }
      for (int i = 0; i < n * n; i++) {
        out.p[i] += q[i];
      }
      SmallMatrix.symmetrise(out.p, n);
    }
    System.arraycopy(xOut, 0, out.x, 0, n);
    out.timeS = timeS;
  }
}
