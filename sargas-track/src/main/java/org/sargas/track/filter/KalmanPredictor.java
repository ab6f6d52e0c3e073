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

  public KalmanPredictor(TransitionModel model) {
    this.model = model;
    this.n = model.dimension();
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

  @Override
  public void predict(GaussianState in, double timeS, GaussianState out) {
    double dt = timeS - in.timeS;
    if (dt == 0) {
      if (out != in) {
        out.setTo(in);
      }
      return;
    }
    model.noiseCovariance(in.x, dt, q);
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
      if (pattern == null) {
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
