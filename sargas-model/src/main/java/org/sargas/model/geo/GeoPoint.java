package org.sargas.model.geo;

/**
 * A WGS84 geodetic position.
 *
 * @param latDeg geodetic latitude in degrees, [-90, 90]
 * @param lonDeg longitude in degrees, normalised to [-180, 180)
 * @param altitudeM height above the WGS84 ellipsoid in metres (NaN when unknown)
 */
public record GeoPoint(double latDeg, double lonDeg, double altitudeM) {

  public GeoPoint {
    if (!(latDeg >= -90.0 && latDeg <= 90.0)) {
      throw new IllegalArgumentException("latitude out of range: " + latDeg);
    }
    if (!Double.isFinite(lonDeg)) {
      throw new IllegalArgumentException("longitude not finite: " + lonDeg);
    }
    if (lonDeg < -180.0 || lonDeg >= 180.0) {
      lonDeg = lonDeg - 360.0 * Math.floor((lonDeg + 180.0) / 360.0);
    }
  }

  /** A point on the ellipsoid surface with unknown altitude. */
  public static GeoPoint of(double latDeg, double lonDeg) {
    return new GeoPoint(latDeg, lonDeg, Double.NaN);
  }

  /** This point with another altitude. */
  public GeoPoint withAltitudeM(double newAltitudeM) {
    return new GeoPoint(latDeg, lonDeg, newAltitudeM);
  }

  /** Altitude, or {@code fallbackM} where the altitude is unknown. */
  public double altitudeOr(double fallbackM) {
    return Double.isNaN(altitudeM) ? fallbackM : altitudeM;
  }
}
