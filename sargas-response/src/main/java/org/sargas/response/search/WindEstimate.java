package org.sargas.response.search;

/**
 * A wind estimate: the mean vector and its uncertainty.
 *
 * @param eastMps east component of the velocity of the air (the direction it blows towards), m/s
 * @param northMps north component, m/s
 * @param sigmaMps 1-σ uncertainty of each component, m/s, &ge; 0
 */
public record WindEstimate(double eastMps, double northMps, double sigmaMps) {

  /** Unknown wind: calm on average, 1-σ 4 m/s per component (a light to moderate breeze). */
  public static final WindEstimate UNKNOWN = new WindEstimate(0, 0, 4);

  public WindEstimate {
    if (!Double.isFinite(eastMps) || !Double.isFinite(northMps) || !(sigmaMps >= 0)) {
      throw new IllegalArgumentException("wind must be finite, sigma >= 0");
    }
  }

  /**
   * From a meteorological report: the direction the wind blows from, degrees clockwise from north,
   * and its speed, m/s.
   */
  public static WindEstimate fromDirection(double fromDeg, double speedMps, double sigmaMps) {
    double to = Math.toRadians(fromDeg + 180);
    return new WindEstimate(speedMps * Math.sin(to), speedMps * Math.cos(to), sigmaMps);
  }
}
