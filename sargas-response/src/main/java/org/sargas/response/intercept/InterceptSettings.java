package org.sargas.response.intercept;

/**
 * Settings of the intercept planner.
 *
 * @param horizonS how far ahead threats are predicted, seconds, &gt; 0 (an intercept later than
 *     this is not offered)
 * @param stepS sample spacing of the predicted paths, seconds, &gt; 0; intercept and entry times
 *     are then refined by bisection
 * @param turnRateDps turn rate of the left/right manoeuvre hypotheses, degrees per second, &ge; 0
 *     (0 = straight only); 3 °/s is a standard-rate turn
 * @param maxTurnDeg a manoeuvre hypothesis turns at most this far, then flies straight, degrees
 * @param fallbackAltitudeM threat altitude when the track has none, metres above the ellipsoid
 */
public record InterceptSettings(
    double horizonS,
    double stepS,
    double turnRateDps,
    double maxTurnDeg,
    double fallbackAltitudeM) {

  public InterceptSettings {
    if (!(horizonS > 0) || !(stepS > 0) || stepS > horizonS) {
      throw new IllegalArgumentException("need 0 < step <= horizon");
    }
    if (!(turnRateDps >= 0) || !(maxTurnDeg >= 0 && maxTurnDeg <= 360)) {
      throw new IllegalArgumentException("turn rate must be >= 0, max turn in [0, 360]");
    }
    if (!Double.isFinite(fallbackAltitudeM)) {
      throw new IllegalArgumentException("fallback altitude must be finite");
    }
  }

  /** One hour ahead in 5 s steps; ±3 °/s turns for at most 90°; unknown altitude 500 m. */
  public static InterceptSettings defaults() {
    return new InterceptSettings(3600, 5, 3, 90, 500);
  }
}
