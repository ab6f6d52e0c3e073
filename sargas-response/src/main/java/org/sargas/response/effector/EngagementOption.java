package org.sargas.response.effector;

import java.util.Objects;

/**
 * One feasible engagement of one threat by one effector.
 *
 * @param trackId the threat
 * @param effectorId the effector
 * @param effectorName its name
 * @param kind its kind
 * @param window when and where it can engage
 * @param pk probability of kill of one engagement against the threat's class, (0, 1]
 * @param costEur cost of the engagement, euros
 * @param expectedCostPerKillEur cost / pk, euros: what a kill costs on average with this effector
 */
public record EngagementOption(
    String trackId,
    String effectorId,
    String effectorName,
    EffectorKind kind,
    EngagementWindow window,
    double pk,
    double costEur,
    double expectedCostPerKillEur) {

  public EngagementOption {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(effectorId, "effectorId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(window, "window");
  }
}
