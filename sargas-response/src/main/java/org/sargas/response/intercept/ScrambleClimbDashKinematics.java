package org.sargas.response.intercept;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Scramble, climb, dash, then cruise, along the geodesic (great circle) from the base:
 *
 * <pre>
 *   d       = geodesic distance base → point                       (out of reach if d &gt; radius)
 *   t_climb = max(0, h_point − h_base) / climbRate
 *   d_climb = min(d, cruiseSpeed × t_climb)                        (climbing on course)
 *   d_dash  = min(d − d_climb, dashDistance)
 *   t       = readiness + t_climb + d_dash / dashSpeed + (d − d_climb − d_dash) / cruiseSpeed
 * </pre>
 *
 * No acceleration, wind, routing around airspace, or end-game manoeuvre: the interceptor is assumed
 * to be at the point when it gets there (a planning estimate, optimistic by the end game's minute
 * or two; docs/response.md). Stateless and thread-safe.
 */
public final class ScrambleClimbDashKinematics implements InterceptorKinematics {

  @Override
  public double timeToReachS(QraBase base, double latDeg, double lonDeg, double altitudeM) {
    QraAircraft a = base.aircraft();
    double d =
        Geodesic.WGS84.Inverse(
                base.position().latDeg(),
                base.position().lonDeg(),
                latDeg,
                lonDeg,
                GeodesicMask.DISTANCE)
            .s12;
    if (d > a.combatRadiusM()) {
      return Double.POSITIVE_INFINITY;
    }
    double climbM = Math.max(0, altitudeM - base.position().altitudeOr(0));
    double tClimb = climbM / a.climbRateMps();
    double dClimb = Math.min(d, a.cruiseSpeedMps() * tClimb);
    double rest = d - dClimb;
    double dDash = Math.min(rest, a.dashDistanceM());
    return a.readinessS() + tClimb + dDash / a.dashSpeedMps() + (rest - dDash) / a.cruiseSpeedMps();
  }
}
