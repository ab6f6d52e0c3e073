package org.sargas.response.search;

import java.time.Instant;

/**
 * Wind where and when a lost drone flew (a forecast grid, a sounding, or a constant). Supplied by
 * the caller; the stage reads no files or services. Must be pure and, when shared, thread-safe.
 */
@FunctionalInterface
public interface WindSource {

  /**
   * @param latDeg latitude, degrees
   * @param lonDeg longitude, degrees
   * @param altitudeM altitude above the ellipsoid, metres
   * @param time event time
   * @return the wind there and then with its uncertainty
   */
  WindEstimate windAt(double latDeg, double lonDeg, double altitudeM, Instant time);
}
