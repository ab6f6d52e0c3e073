package org.sargas.track.association;

/**
 * Weighs the gated pairs of one association problem (the tracks and detections of one sensor
 * group). Implementations must be deterministic: the same pairs in the same order give the same
 * weights.
 */
public interface DataAssociator {

  /**
   * Sets the weight of every pair in {@code pairs}. For each track the weights of its pairs plus
   * its miss weight (not stored; {@code 1 - sum}) sum to 1; a hard associator gives each track at
   * most one pair of weight 1 and each detection at most one track.
   *
   * @param pairs gated pairs; costs are negative log-likelihoods up to a constant
   * @param trackCount number of tracks in the problem
   * @param detectionCount number of detections in the problem
   * @param missCost for each track, the cost of leaving it without a detection (same units as pair
   *     costs)
   */
  void associate(GatedPairs pairs, int trackCount, int detectionCount, double[] missCost);

  /** Whether the weights are hard (0 or 1) assignments. */
  boolean isHard();
}
