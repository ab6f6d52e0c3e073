package org.sargas.response.area;

/**
 * Whether a target at a position would be inside sensor coverage (line of sight, instrumented
 * range, minimum detectable height of at least one sensor that sees the target's class).
 *
 * <p>The caller supplies it from its sensor configuration. The search-area estimator uses it as
 * negative information: a lost drone that would have flown on through coverage would probably have
 * been seen again, so such continuations become less likely. Implementations must be pure and, when
 * shared, thread-safe.
 */
@FunctionalInterface
public interface CoverageTest {

  /** No coverage anywhere: the loss of the track says nothing about where the drone went. */
  CoverageTest NONE = (latDeg, lonDeg, altitudeM) -> false;

  /**
   * @param latDeg WGS84 geodetic latitude, degrees
   * @param lonDeg WGS84 longitude, degrees, [-180, 180)
   * @param altitudeM height above the WGS84 ellipsoid, metres
   * @return whether a target there would be inside coverage
   */
  boolean covered(double latDeg, double lonDeg, double altitudeM);
}
