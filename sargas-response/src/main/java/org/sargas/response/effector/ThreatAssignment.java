package org.sargas.response.effector;

import java.util.List;
import java.util.Objects;
import org.sargas.model.track.TargetClass;

/**
 * The plan for one threat of a raid.
 *
 * @param trackId the threat
 * @param targetClass its class (decides probabilities of kill and the cheap-first rule)
 * @param engagements planned engagements in firing order; empty = not engaged
 * @param leakProbability probability the threat survives them all, [0, 1]
 * @param expectedCostEur expected cost, euros (later shots paid only if earlier ones fail)
 * @param meetsLeakBound whether the leak probability is within the plan's bound
 * @param options every feasible engagement of the threat (the choice the plan was made from),
 *     cheapest expected cost per kill first
 */
public record ThreatAssignment(
    String trackId,
    TargetClass targetClass,
    List<Engagement> engagements,
    double leakProbability,
    double expectedCostEur,
    boolean meetsLeakBound,
    List<EngagementOption> options) {

  public ThreatAssignment {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(targetClass, "targetClass");
    engagements = List.copyOf(engagements);
    options = List.copyOf(options);
  }
}
