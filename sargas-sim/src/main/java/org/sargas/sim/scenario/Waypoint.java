package org.sargas.sim.scenario;

/**
 * A point of a flight path. The target flies a geodesic at constant speed from the previous
 * waypoint to this one; either the arrival time or the leg speed is given.
 *
 * @param latDeg latitude
 * @param lonDeg longitude
 * @param altitudeM height above the ellipsoid, metres (interpolated linearly along the leg)
 * @param timeS arrival time in scenario seconds, or NaN to derive it from {@code speedMps}
 * @param speedMps ground speed on the leg ending here, or NaN to reuse the previous leg's speed
 */
public record Waypoint(
    double latDeg, double lonDeg, double altitudeM, double timeS, double speedMps) {}
