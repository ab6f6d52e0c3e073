package org.sargas.response.assignment;

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
}
