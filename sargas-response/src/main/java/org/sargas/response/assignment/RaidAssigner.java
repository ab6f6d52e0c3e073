package org.sargas.response.assignment;

/** Chooses, for every threat of a raid, which effectors engage it. */
public interface RaidAssigner {

  /**
   * @param problem the raid
   * @return a feasible plan (stock and cheap-first rule respected); deterministic for a problem
   */
  RaidSolution solve(RaidProblem problem);
}
