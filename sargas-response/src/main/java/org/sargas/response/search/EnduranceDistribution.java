package org.sargas.response.search;

import java.util.random.RandomGenerator;

/** The distribution of a lost drone's remaining powered flight time. */
public interface EnduranceDistribution {

  /**
   * @param rng the caller's seeded generator (draw from it only, for determinism)
   * @return a remaining powered flight time, seconds, &ge; 0
   */
  double sampleS(RandomGenerator rng);
}
