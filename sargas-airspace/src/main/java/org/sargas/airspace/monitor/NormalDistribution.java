package org.sargas.airspace.monitor;

/** The standard normal distribution's cumulative distribution function. */
final class NormalDistribution {
  private NormalDistribution() {}

  /**
   * Φ(x) = P(Z ≤ x) for a standard normal Z, with absolute error below 1e-7 (erf by Abramowitz and
   * Stegun 7.1.26). Infinite arguments give 0 or 1.
   */
  static double cdf(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return 0.0;
    }
    double z = Math.abs(x) / Math.sqrt(2.0);
    double t = 1.0 / (1.0 + 0.3275911 * z);
    double poly =
        t
            * (0.254829592
                + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    double erf = 1.0 - poly * Math.exp(-z * z);
    return x >= 0 ? 0.5 * (1.0 + erf) : 0.5 * (1.0 - erf);
  }
}
