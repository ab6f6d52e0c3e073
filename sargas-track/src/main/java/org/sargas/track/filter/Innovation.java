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

  /** Natural logarithm of det S. */
  public double logDetS;

  /** Scratch for states of up to {@code maxStateDimension} components. */
  public Innovation(int maxStateDimension) {
    pht = new double[maxStateDimension * MAX_M];
  }

  /**
   * Completes the pair once {@code m}, {@code y} and {@code s} are set: symmetrises S, inverts it
   * and sets {@code distance2} and {@code logDetS} (both NaN when S is not positive definite).
   *
   * @return the squared Mahalanobis distance, or NaN
   */
  public double finish() {
    SmallMatrix.symmetrise(s, m);
    double det = SmallMatrix.invertSpd(s, sInv, m);
    if (Double.isNaN(det)) {
      distance2 = Double.NaN;
      logDetS = Double.NaN;
      return Double.NaN;
    }
    logDetS = Math.log(det);
    distance2 = SmallMatrix.quadraticForm(y, sInv, m);
    return distance2;
  }

  /** Negative log-likelihood up to a constant: {@code (d² + ln det S) / 2}. */
  public double negLogLikelihood() {
    return 0.5 * (distance2 + logDetS);
  }
}
