package org.sargas.response.intercept;

import java.util.Objects;

/**
 * Planning figures of an interceptor type on quick-reaction alert. These are public-order, rounded
 * figures for planning (docs/response.md lists their sources and assumptions), not performance data
 * of any air force.
 *
 * @param type aircraft type as shown to the operator, e.g. {@code "Eurofighter Typhoon"}
 * @param readinessS time from the scramble order to airborne, seconds, &ge; 0 (NATO QRA(I): 15 min
 *     = 900 s)
 * @param climbRateMps mean rate of climb to the target's altitude, m/s, &gt; 0
 * @param cruiseSpeedMps true airspeed used while climbing and beyond the dash distance, m/s, &gt; 0
 * @param dashSpeedMps true airspeed of the supersonic (or full-power) dash, m/s, &ge; cruise
 * @param dashDistanceM how far the aircraft can dash on the way out (fuel), metres, &ge; 0
 * @param combatRadiusM farthest intercept point from the base, metres, &gt; 0
 */
public record QraAircraft(
    String type,
    double readinessS,
    double climbRateMps,
    double cruiseSpeedMps,
    double dashSpeedMps,
    double dashDistanceM,
    double combatRadiusM) {

  public QraAircraft {
    Objects.requireNonNull(type, "type");
    if (!(readinessS >= 0)) {
      throw new IllegalArgumentException(type + ": readiness must be >= 0 s");
    }
    if (!(climbRateMps > 0) || !(cruiseSpeedMps > 0) || !(combatRadiusM > 0)) {
      throw new IllegalArgumentException(type + ": climb rate, cruise speed, radius must be > 0");
    }
    if (!(dashSpeedMps >= cruiseSpeedMps) || !(dashDistanceM >= 0)) {
      throw new IllegalArgumentException(type + ": dash speed below cruise or negative distance");
    }
  }

  /** This type with another readiness (e.g. a higher alert state ordered for the night), s. */
  public QraAircraft withReadinessS(double newReadinessS) {
    return new QraAircraft(
        type,
        newReadinessS,
        climbRateMps,
        cruiseSpeedMps,
        dashSpeedMps,
        dashDistanceM,
        combatRadiusM);
  }
}
