package org.sargas.track.filter;

/**
 * Kalman prediction {@code x = f(x)}, {@code P = F P F^T + Q}. For linear transition models this
 * is the Kalman filter's prediction; for non-linear ones (coordinated turn) it is the extended
 * Kalman filter's, with F the Jacobian at the prior mean. Not thread-safe (scratch space).
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

  @Override
  public void predict(GaussianState in, double timeS, GaussianState out) {
    double dt = timeS - in.timeS;
    if (dt == 0) {
      if (out != in) {
        out.setTo(in);
      }
      return;
    }
    model.jacobian(in.x, dt, f);
    model.noiseCovariance(in.x, dt, q);
    model.apply(in.x, dt, xOut);
    SmallMatrix.multiply(f, in.p, tmp, n, n, n);
    SmallMatrix.multiplyTransB(tmp, f, out.p, n, n, n);
    for (int i = 0; i < n * n; i++) {
      out.p[i] += q[i];
    }
    SmallMatrix.symmetrise(out.p, n);
    System.arraycopy(xOut, 0, out.x, 0, n);
    out.timeS = timeS;
  }
}
