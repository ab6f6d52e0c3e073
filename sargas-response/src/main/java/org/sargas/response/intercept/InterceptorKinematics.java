package org.sargas.response.intercept;

/** How long an interceptor on alert at a base needs to be at a point. */
public interface InterceptorKinematics {

  /**
   * @param base the base and its aircraft
   * @param latDeg latitude of the point, degrees
   * @param lonDeg longitude of the point, degrees
   * @param altitudeM altitude of the point above the ellipsoid, metres
   * @return seconds from the scramble order until the interceptor is at the point; {@link
   *     Double#POSITIVE_INFINITY} when the point is out of reach (beyond the combat radius)
   */
  double timeToReachS(QraBase base, double latDeg, double lonDeg, double altitudeM);
}
