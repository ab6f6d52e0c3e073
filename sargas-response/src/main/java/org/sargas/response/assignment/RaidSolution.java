package org.sargas.response.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A solved raid.
 *
 * @param choice per threat, the index of its option in {@link RaidProblem#options(int)}
 * @param objective sum of the options' objectives (expected cost + leak penalty), euros
 * @param expectedCostEur sum of the options' expected costs, euros
 * @param expectedLeakers sum of the threats' leak probabilities
 * @param lowerBound a proven lower bound on the optimal objective, euros (equal to {@code
 *     objective} when proven optimal; otherwise the Lagrangian bound), so {@code objective −
 *     lowerBound} bounds how far from optimal the plan can be
 * @param provenOptimal whether the solver proved no feasible plan has a lower objective
 * @param solver which solver produced it
 * @param nodes search nodes visited (0 for a heuristic)
 */
public record RaidSolution(
    int[] choice,
    double objective,
    double expectedCostEur,
    double expectedLeakers,
    double lowerBound,
    boolean provenOptimal,
    String solver,
    long nodes) {

  public RaidSolution {
    choice = choice.clone();
    Objects.requireNonNull(solver, "solver");
  }

  @Override
  public int[] choice() {
    return choice.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RaidSolution r
        && Arrays.equals(choice, r.choice)
        && Double.compare(objective, r.objective) == 0
        && Double.compare(expectedCostEur, r.expectedCostEur) == 0
        && Double.compare(expectedLeakers, r.expectedLeakers) == 0
        && Double.compare(lowerBound, r.lowerBound) == 0
        && provenOptimal == r.provenOptimal
        && solver.equals(r.solver)
        && nodes == r.nodes;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(choice) * 31 + Double.hashCode(objective);
  }

  @Override
  public String toString() {
    return "RaidSolution[choice="
        + Arrays.toString(choice)
        + ", objective="
        + objective
        + ", expectedCostEur="
        + expectedCostEur
        + ", expectedLeakers="
        + expectedLeakers
        + ", lowerBound="
        + lowerBound
        + ", provenOptimal="
        + provenOptimal
        + ", solver="
        + solver
        + ", nodes="
        + nodes
        + "]";
  }

  /** The figures of a choice on a problem. */
  static RaidSolution of(
      RaidProblem p,
      int[] choice,
      double lowerBound,
      boolean provenOptimal,
      String solver,
      long nodes) {
    double cost = 0;
    double leak = 0;
    for (int i = 0; i < choice.length; i++) {
      ThreatOption o = p.option(i, choice[i]);
      cost += o.expectedCostEur();
      leak += o.leakProbability();
    }
    double objective = p.objective(choice);
    return new RaidSolution(
        choice,
        objective,
        cost,
        leak,
        provenOptimal ? objective : Math.min(lowerBound, objective),
        provenOptimal,
        solver,
        nodes);
  }
}
