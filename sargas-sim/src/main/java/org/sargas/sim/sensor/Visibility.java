package org.sargas.sim.sensor;

/**
 * Line of sight over a smooth earth with standard refraction (4/3 effective earth radius), the
 * usual radar-horizon model: a low drone far away is below the horizon.
 */
final class Visibility {
  private static final double EFFECTIVE_EARTH_RADIUS_M = 4.0 / 3.0 * 6_371_000.0;

  private Visibility() {}

  /**
   * Whether a target at {@code targetHeightM} is above the horizon of an antenna at {@code
   * sensorHeightM}, {@code groundDistanceM} away (heights above the surface, metres).
   */
  static boolean inLineOfSight(double sensorHeightM, double targetHeightM, double groundDistanceM) {
    double hs = Math.max(0.0, sensorHeightM);
    double ht = Math.max(0.0, targetHeightM);
    double horizon =
        Math.sqrt(2 * EFFECTIVE_EARTH_RADIUS_M * hs) + Math.sqrt(2 * EFFECTIVE_EARTH_RADIUS_M * ht);
    return groundDistanceM <= horizon;
  }

  /** A Poisson-distributed count with mean {@code lambda} (Knuth; lambda is small here). */
  static int poisson(java.util.Random rng, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1.0;
    do {
      k++;
      p *= rng.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
