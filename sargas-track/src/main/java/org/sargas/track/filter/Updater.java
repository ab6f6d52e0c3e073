package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Updates a predicted state with a detection. The state must already be predicted to the
 * detection's time. {@link #innovation} serves the gater and the associator; {@link #update}
 * applies the same pair's innovation (computed by the last {@code innovation} call on {@code inn}).
 */
public interface Updater {

  /**
   * Computes the innovation of {@code d} against {@code predicted} into {@code inn} and returns the
   * squared Mahalanobis distance (NaN if the innovation covariance is degenerate).
   */
  double innovation(GaussianState predicted, Detection d, Innovation inn);

  /** Applies the innovation in {@code inn} (from this pair) to {@code state}, in place. */
  void update(GaussianState state, Innovation inn);

  /**
   * Probabilistic data association update: a mixture of the miss hypothesis (weight {@code beta0})
   * and the detection hypotheses {@code i} (weights {@code betas[i]}, innovations {@code inns[i]}),
   * collapsed to one Gaussian (Bar-Shalom and Tse 1975). Weights sum to 1.
   */
  void updateMixture(
      GaussianState state, Innovation[] inns, double[] betas, int count, double beta0);
}
