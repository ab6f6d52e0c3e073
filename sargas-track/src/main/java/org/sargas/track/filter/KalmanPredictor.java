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
      // F = I + dt·E with E selecting velocity into position: F P F^T = P + dt (E P + P E^T) +
      // dt² E P E^T, written out; symmetric by construction.
      double[] p = in.p;
      double[] o = out.p;
      if (o != p) {
        System.arraycopy(p, 0, o, 0, n * n);
      }
      for (int a = 0; a <= 2; a += 2) {
        for (int j = 0; j < n; j++) {
          tmp[a * n + j] = o[a * n + j] + dt * o[(a + 1) * n + j];
        }
      }
      for (int i = 0; i < n; i++) {
        if (i == 0 || i == 2) {
          o[i * n] = tmp[i * n] + dt * tmp[i * n + 1];
          o[i * n + 1] = tmp[i * n + 1];
          o[i * n + 2] = tmp[i * n + 2] + dt * tmp[i * n + 3];
          for (int j = 3; j < n; j++) {
            o[i * n + j] = tmp[i * n + j];
          }
        } else {
          o[i * n] += dt * o[i * n + 1];
          o[i * n + 2] += dt * o[i * n + 3];
        }
      }
      for (int i = 0; i < n * n; i++) {
        o[i] += q[i];
      }
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
