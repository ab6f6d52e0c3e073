package org.sargas.track.filter;

/**
 * A mutable Gaussian state estimate owned by one track: mean, covariance and the event time it
 * refers to.
 *
 * <p>State layout: index 0 east m, 1 east velocity m/s, 2 north m, 3 north velocity m/s, then any
 * model-specific components (e.g. turn rate rad/s at 4). The covariance is row-major {@code
 * dimension x dimension}.
 */
public final class GaussianState {
  /** Index of the east position in the state vector. */
  public static final int EAST = 0;

  /** Index of the east velocity. */
  public static final int VEAST = 1;

  /** Index of the north position. */
  public static final int NORTH = 2;

  /** Index of the north velocity. */
  public static final int VNORTH = 3;

  private final int dimension;

  /** Mean. */
  public final double[] x;

  /** Covariance, row-major. */
  public final double[] p;

  /** Event time of the estimate, seconds on the tracker's time axis. */
  public double timeS;

  /** A zero state of the given dimension (at least 4). */
  public GaussianState(int dimension) {
    if (dimension < 4) {
      throw new IllegalArgumentException("dimension must be at least 4: " + dimension);
    }
    this.dimension = dimension;
    this.x = new double[dimension];
    this.p = new double[dimension * dimension];
  }

  /** Number of state components. */
  public int dimension() {
    return dimension;
  }

  /** Copies {@code other} (same dimension) into this state. */
  public void setTo(GaussianState other) {
    System.arraycopy(other.x, 0, x, 0, dimension);
    System.arraycopy(other.p, 0, p, 0, dimension * dimension);
    timeS = other.timeS;
  }

  /** Variance of component {@code i}. */
  public double variance(int i) {
    return p[i * dimension + i];
  }

  /** Covariance of components {@code i} and {@code j}. */
  public double covariance(int i, int j) {
    return p[i * dimension + j];
  }
}
