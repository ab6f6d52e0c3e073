package org.sargas.response.assignment;

/** The oracle: every combination of options, the feasible one with the lowest objective. */
final class BruteForceAssigner implements RaidAssigner {

  @Override
  public RaidSolution solve(RaidProblem p) {
    int n = p.threatCount();
    int[] choice = new int[n];
    int[] best = new int[n]; // all "best option" indices; replaced by the first feasible plan
    double bestObjective = Double.POSITIVE_INFINITY;
    long leaves = 0;
    while (true) {
      leaves++;
      if (p.feasible(choice)) {
        double obj = p.objective(choice);
        if (obj < bestObjective) {
          bestObjective = obj;
          best = choice.clone();
        }
      }
      int k = 0;
      while (k < n && ++choice[k] == p.optionCount(k)) {
        choice[k] = 0;
        k++;
      }
      if (k == n) {
        break;
      }
    }
    return RaidSolution.of(p, best, bestObjective, true, "brute-force", leaves);
  }
}
