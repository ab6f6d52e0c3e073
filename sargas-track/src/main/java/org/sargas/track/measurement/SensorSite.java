package org.sargas.track.measurement;

import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.sensor.Sensor;

/**
 * A registered sensor as the tracker sees it: its own tangent plane (radar azimuths are measured in
 * it), its site in the tracker's region frame and the angle between its north and the region
 * frame's north. Immutable.
 *
 * @param slot index in the tracker's sensor table
 * @param sensor the sensor
 * @param plane tangent plane at the sensor site
 * @param siteEastM site east in the region frame, m (on the ellipsoid below the antenna)
 * @param siteNorthM site north in the region frame, m
 * @param northRotationRad angle from the region frame's north to the sensor's north, radians
 *     clockwise (add it to a sensor azimuth to get a region-frame bearing)
 * @param meridianRadiusM meridian radius of curvature at the site, m
 * @param normalRadiusM prime-vertical radius of curvature at the site, m
 */
public record SensorSite(
    int slot,
    Sensor sensor,
    LocalTangentPlane plane,
    double siteEastM,
    double siteNorthM,
    double northRotationRad,
    double meridianRadiusM,
    double normalRadiusM) {

  /** Builds the site of {@code sensor} for a tracker working in {@code region}. */
  public static SensorSite of(int slot, Sensor sensor, LocalTangentPlane region) {
    LocalTangentPlane plane = new LocalTangentPlane(sensor.site());
    double[] out = new double[3];
    region.toEnu(sensor.site().latDeg(), sensor.site().lonDeg(), 0.0, out);
    double e0 = out[0];
    double n0 = out[1];
    // The sensor's north, 1 km along, seen in the region frame.
    plane.toGeo(0.0, 1000.0, 0.0, out);
    region.toEnu(out[0], out[1], 0.0, out);
    double rotation = Math.atan2(out[0] - e0, out[1] - n0);
    double phi = Math.toRadians(sensor.site().latDeg());
    double w = Math.sqrt(1 - Wgs84.E2 * Math.sin(phi) * Math.sin(phi));
    double meridian = Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w);
    double normal = Wgs84.A_M / w;
    return new SensorSite(slot, sensor, plane, e0, n0, rotation, meridian, normal);
  }

  /** Site altitude above the ellipsoid, m (0 when unknown). */
  public double siteAltitudeM() {
    return sensor.site().altitudeOr(0.0);
  }

  /** Radius of curvature of the normal section at {@code azimuthRad} (Euler), m. */
  public double radiusAtAzimuthM(double azimuthRad) {
    double c = Math.cos(azimuthRad);
    double s = Math.sin(azimuthRad);
    return 1.0 / (c * c / meridianRadiusM + s * s / normalRadiusM);
  }
}
