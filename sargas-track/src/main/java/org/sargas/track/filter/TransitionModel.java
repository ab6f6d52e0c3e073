package org.sargas.track.filter;

/**
 * How a target's state evolves over an interval: {@code x(t + dt) = f(x(t), dt) + w}, with process
 * noise {@code w ~ N(0, Q(x, dt))}. Linear models return a Jacobian independent of x.
 */
public interface TransitionModel {

  /** State dimension (at least 4; see {@link GaussianState} for the layout). */
  int dimension();

  /** {@code out = f(x, dtS)}; {@code out} may not alias {@code x}. */
  void apply(double[] x, double dtS, double[] out);

  /** Jacobian of {@code f} at {@code x}, row-major {@code dimension x dimension}. */
  void jacobian(double[] x, double dtS, double[] fOut);

  /**
   * {@code out = f(x, dtS)} and the Jacobian at {@code x} in one call (models override it to share
   * work, e.g. trigonometry).
   */
  default void applyWithJacobian(double[] x, double dtS, double[] out, double[] fOut) {
    apply(x, dtS, out);
    jacobian(x, dtS, fOut);
  }

  /**
   * The columns that may be non-zero in each row of the Jacobian, or null when it is dense. The
   * predictor multiplies only those entries.
   */
  default int[][] jacobianPattern() {
    return null;
  }

  /** Process noise covariance over {@code dtS} (seconds, may be negative for retrodiction). */
  void noiseCovariance(double[] x, double dtS, double[] qOut);

  /**
   * Whether {@link #noiseCovariance} depends on {@code dtS} only (not on the state): a predictor
   * then reuses the last one for the same interval, as every track of a scan has.
   */
  default boolean noiseDependsOnIntervalOnly() {
    return false;
  }
}
