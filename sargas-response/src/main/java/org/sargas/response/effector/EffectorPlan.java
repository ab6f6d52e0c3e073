package org.sargas.response.effector;

import java.util.List;

/**
 * A recommended answer to a raid. A recommendation only: a human decides.
 *
 * @param assignments one per threat, in the order of the raid
 * @param expectedCostEur expected cost of the plan, euros
 * @param expectedLeakers expected number of threats that get through (sum of leak probabilities)
 * @param missilesOnEverythingCostEur the naïve plan for comparison: one missile at every threat
 *     (the cheapest missile or fighter with a window on it, else the cheapest in the catalogue),
 *     euros; 0 when the catalogue holds no missile
 * @param maxLeakProbability the per-threat leak bound the plan was made for
 * @param provenOptimal whether the solver proved the plan optimal (lowest expected cost plus leak
 *     penalty among feasible plans)
 * @param optimalityGapEur objective − proven lower bound, euros (0 when proven optimal)
 * @param solver which solver produced it
 */
public record EffectorPlan(
    List<ThreatAssignment> assignments,
    double expectedCostEur,
    double expectedLeakers,
    double missilesOnEverythingCostEur,
    double maxLeakProbability,
    boolean provenOptimal,
    double optimalityGapEur,
    String solver) {

  public EffectorPlan {
    assignments = List.copyOf(assignments);
  }
}
