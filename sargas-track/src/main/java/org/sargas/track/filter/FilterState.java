package org.sargas.track.filter;

/**
 * A track's filter state: the combined Gaussian estimate and, for a multiple-model filter, the
 * per-mode estimates with their probabilities. Mutable, owned by one track (or scratch of one
 * filter). All states share one dimension.
 */
public final class FilterState {
  /** The combined estimate (for a single-model filter, the estimate). */
  public final GaussianState combined;

  /** Per-mode estimates; empty for a single-model filter. */
  public final GaussianState[] modes;

  /** Mode probabilities, summing to 1; empty for a single-model filter. */
  public final double[] probabilities;

  /** A state of {@code dimension} components with {@code modeCount} modes (0 for single model). */
  public FilterState(int dimension, int modeCount) {
    combined = new GaussianState(dimension);
    modes = new GaussianState[modeCount];
    for (int i = 0; i < modeCount; i++) {
      modes[i] = new GaussianState(dimension);
    }
    probabilities = new double[modeCount];
  }

  /** Event time of the estimate, s. */
  public double timeS() {
    return combined.timeS;
  }

  /** Copies {@code other} (same shape) into this state. */
  public void setTo(FilterState other) {
    combined.setTo(other.combined);
    for (int i = 0; i < modes.length; i++) {
      modes[i].setTo(other.modes[i]);
    }
    System.arraycopy(other.probabilities, 0, probabilities, 0, probabilities.length);
  }
}
