package org.sargas.airspace.airport;

/**
 * Size of the drone protection area around each runway: a rectangle along the runway's axis.
 *
 * @param halfWidthM distance from the runway centre line to each long side, metres (&gt; 0)
 * @param extensionM how far the rectangle extends beyond each runway threshold, metres (&ge; 0)
 * @param ceilingAboveRunwayM upper limit above the higher threshold's elevation, metres ({@code
 *     Double.POSITIVE_INFINITY} for none)
 */
public record RunwayZoneDimensions(
    double halfWidthM, double extensionM, double ceilingAboveRunwayM) {
  public RunwayZoneDimensions {
    if (!(halfWidthM > 0) || !(extensionM >= 0) || !(ceilingAboveRunwayM > 0)) {
      throw new IllegalArgumentException(
          "runway zone needs halfWidthM > 0, extensionM >= 0, ceilingAboveRunwayM > 0");
    }
  }

  /**
   * Defaults: 2.5 km either side of the centre line and 5 km beyond each threshold (in line with
   * common national drone-restriction zones around controlled aerodromes), no ceiling.
   */
  public static RunwayZoneDimensions defaults() {
    return new RunwayZoneDimensions(2500, 5000, Double.POSITIVE_INFINITY);
  }
}
