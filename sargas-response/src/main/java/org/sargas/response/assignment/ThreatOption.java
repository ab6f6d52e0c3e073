package org.sargas.response.assignment;

import java.util.Arrays;
import java.util.List;

/**
 * One way to engage one threat: a set of shots in firing order, with its leak probability, expected
 * cost and objective (see {@link RaidProblem}).
 *
 * @param shots the shots in firing order (empty: the threat is not engaged)
 * @param effectors the shots' effector indices, same order
 * @param leakProbability probability that the threat survives every shot, [0, 1]
 * @param expectedCostEur expected cost, euros (a later shot is paid only if the earlier failed)
 * @param objective expected cost plus the leak penalty, euros
 * @param hasMissile whether any shot is a missile
 */
public record ThreatOption(
    List<Shot> shots,
    int[] effectors,
    double leakProbability,
    double expectedCostEur,
    double objective,
    boolean hasMissile) {

  public ThreatOption {
    shots = List.copyOf(shots);
    effectors = effectors.clone();
  }

  @Override
  public int[] effectors() {
    return effectors.clone();
  }

  /** Whether the option uses effector {@code j}. */
  public boolean uses(int j) {
    for (int e : effectors) {
      if (e == j) {
        return true;
      }
    }
    return false;
  }

  /** Number of shots. */
  public int size() {
    return effectors.length;
  }

  /** Effector index of shot {@code k} (no copy). */
  public int effector(int k) {
    return effectors[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreatOption t
        && shots.equals(t.shots)
        && Arrays.equals(effectors, t.effectors)
        && Double.compare(leakProbability, t.leakProbability) == 0
        && Double.compare(expectedCostEur, t.expectedCostEur) == 0
        && Double.compare(objective, t.objective) == 0
        && hasMissile == t.hasMissile;
  }

  @Override
  public int hashCode() {
    return shots.hashCode() * 31 + Arrays.hashCode(effectors);
  }

  @Override
  public String toString() {
    return "ThreatOption[effectors="
        + Arrays.toString(effectors)
        + ", leakProbability="
        + leakProbability
        + ", expectedCostEur="
        + expectedCostEur
        + ", objective="
        + objective
        + "]";
  }
}
