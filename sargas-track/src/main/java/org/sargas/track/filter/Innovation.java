package org.sargas.track.filter;

/**
 * Scratch for one state/detection pair: predicted measurement, residual, innovation covariance S
 * and its inverse, the cross covariance {@code P H^T}, the squared Mahalanobis distance and {@code
 * ln det S}. Reused across pairs; valid until the next {@link Updater#innovation} call.
 */
public final class Innovation {
  /** Largest supported measurement dimension. */
  public static final int MAX_M = 4;

  /** Measurement dimension of the last pair. */
  public int m;

  /** Predicted measurement. */
  public final double[] zPred = new double[MAX_M];

  /** Measurement. */
  public final double[] z = new double[MAX_M];

  /** Residual {@code z - zPred}. */
  public final double[] y = new double[MAX_M];

  /** Innovation covariance S, row-major m x m. */
  public final double[] s = new double[MAX_M * MAX_M];

  /** Inverse of S. */
  public final double[] sInv = new double[MAX_M * MAX_M];

  /** Cross covariance {@code P H^T} (or the unscented equivalent), row-major n x m. */
  public final double[] pht;

  /** Squared Mahalanobis distance {@code y^T S^-1 y}; NaN when S is not positive definite. */
  public double distance2;

  /** det S (NaN when S is not positive definite). */
  private double detS = Double.NaN;

  /** ln det S once asked for (NaN until then). */
  private double logDetS = Double.NaN;

  private boolean logDetKnown = true;

  /** Scratch for states of up to {@code maxStateDimension} components. */
  public Innovation(int maxStateDimension) {
    pht = new double[maxStateDimension * MAX_M];
  }

  /**
   * Completes the pair once {@code m}, {@code y} and {@code s} are set: symmetrises S, inverts it
   * and sets {@code distance2} and det S (both NaN when S is not positive definite).
   *
   * @return the squared Mahalanobis distance, or NaN
   */
  public double finish() {
    SmallMatrix.symmetrise(s, m);
    double det = SmallMatrix.invertSpd(s, sInv, m);
    setDeterminant(det);
    if (Double.isNaN(det)) {
      distance2 = Double.NaN;
      return Double.NaN;
    }
    distance2 = SmallMatrix.quadraticForm(y, sInv, m);
    return distance2;
  }

  /**
   * Sets det S (NaN when S is not positive definite); its logarithm is taken when first asked for
   * (most gated pairs fail the gate and never need it).
   */
  public void setDeterminant(double det) {
    detS = det;
    logDetKnown = false;
  }

  /** Natural logarithm of det S (NaN when S is not positive definite). */
  public double logDetS() {
    if (!logDetKnown) {
      logDetS = Double.isNaN(detS) ? Double.NaN : Math.log(detS);
      logDetKnown = true;
    }
    return logDetS;
  }

  /** Negative log-likelihood up to a constant: {@code (d² + ln det S) / 2}. */
  public double negLogLikelihood() {
    return 0.5 * (distance2 + logDetS());
  }
}
