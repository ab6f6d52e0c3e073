package org.sargas.response.evaluation;

/**
 * The outcome of a lost-drone evaluation.
 *
 * @param runs simulated losses
 * @param particles Monte Carlo samples per estimate
 * @param seed the evaluation's seed
 * @param containedIn50 fraction of true impacts inside the 50 % region (calibrated: about 0.5)
 * @param containedIn90 fraction of true impacts inside the 90 % region (goal: at least 0.90)
 * @param medianArea50Km2 median area of the 50 % region, km²
 * @param medianArea90Km2 median area of the 90 % region, km²
 */
public record LostDroneEvaluationResult(
    int runs,
    int particles,
    long seed,
    double containedIn50,
    double containedIn90,
    double medianArea50Km2,
    double medianArea90Km2) {

  /** The goal for the 90 % region. */
  public static final double GOAL_90 = 0.90;

  /** Whether at least 90 % of the true impacts fell in the 90 % regions. */
  public boolean goalMet() {
    return containedIn90 >= GOAL_90;
  }
}
