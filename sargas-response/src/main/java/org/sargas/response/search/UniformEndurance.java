package org.sargas.response.search;

import java.util.random.RandomGenerator;

/**
 * Remaining powered flight uniform between two bounds: the least-informative statement of "it had
 * between a and b minutes of fuel or battery left".
 *
 * @param minS lower bound, seconds, &ge; 0
 * @param maxS upper bound, seconds, &ge; minS
 */
public record UniformEndurance(double minS, double maxS) implements EnduranceDistribution {

  public UniformEndurance {
    if (!(minS >= 0) || !(maxS >= minS) || !Double.isFinite(maxS)) {
      throw new IllegalArgumentException("need 0 <= min <= max, finite");
    }
  }

  @Override
  public double sampleS(RandomGenerator rng) {
    return minS + (maxS - minS) * rng.nextDouble();
  }
}
