package org.sargas.model.geo;

/**
 * A local east-north-up (ENU) Cartesian frame tangent to the WGS84 ellipsoid at an origin. The
 * tracker works in such frames; geodesy is done once at the edges.
 *
 * <p>Exact (not a flat-earth approximation): conversions go through ECEF and the rotation into the
 * tangent plane at the origin. Immutable and thread-safe; the {@code double[]} variants do not
 * allocate and suit hot paths.
 */
public final class LocalTangentPlane {
  private final GeoPoint origin;
  private final double[] originEcef = new double[3];
  // Rotation ECEF -> ENU, row-major.
  private final double[] r = new double[9];

  /** A frame at {@code origin}; an unknown origin altitude is taken as 0. */
  public LocalTangentPlane(GeoPoint origin) {
    this.origin = origin;
    Wgs84.toEcef(origin.latDeg(), origin.lonDeg(), origin.altitudeOr(0.0), originEcef);
    double phi = Math.toRadians(origin.latDeg());
    double lam = Math.toRadians(origin.lonDeg());
    double sp = Math.sin(phi);
    double cp = Math.cos(phi);
    double sl = Math.sin(lam);
    double cl = Math.cos(lam);
    r[0] = -sl;
    r[1] = cl;
    r[2] = 0;
    r[3] = -sp * cl;
    r[4] = -sp * sl;
    r[5] = cp;
    r[6] = cp * cl;
    r[7] = cp * sl;
    r[8] = sp;
  }

  /** The frame's origin. */
  public GeoPoint origin() {
    return origin;
  }

  /** Geodetic to local ENU metres; an unknown altitude is taken as 0. */
  public EnuVector toEnu(GeoPoint p) {
    double[] out = new double[3];
    toEnu(p.latDeg(), p.lonDeg(), p.altitudeOr(0.0), out);
    return new EnuVector(out[0], out[1], out[2]);
  }

  /** Geodetic to local ENU metres into {@code out[0..2]}. */
  public void toEnu(double latDeg, double lonDeg, double altitudeM, double[] out) {
    Wgs84.toEcef(latDeg, lonDeg, altitudeM, out);
    double dx = out[0] - originEcef[0];
    double dy = out[1] - originEcef[1];
    double dz = out[2] - originEcef[2];
    out[0] = r[0] * dx + r[1] * dy + r[2] * dz;
    out[1] = r[3] * dx + r[4] * dy + r[5] * dz;
    out[2] = r[6] * dx + r[7] * dy + r[8] * dz;
  }

  /** Local ENU metres to geodetic. */
  public GeoPoint toGeo(EnuVector v) {
    return toGeo(v.eastM(), v.northM(), v.upM());
  }

  /** Local ENU metres to geodetic. */
  public GeoPoint toGeo(double eastM, double northM, double upM) {
    double[] out = new double[3];
    toGeo(eastM, northM, upM, out);
    return new GeoPoint(out[0], out[1], out[2]);
  }

  /** Local ENU metres to geodetic latitude deg, longitude deg, height m into {@code out}. */
  public void toGeo(double eastM, double northM, double upM, double[] out) {
    double x = r[0] * eastM + r[3] * northM + r[6] * upM + originEcef[0];
    double y = r[1] * eastM + r[4] * northM + r[7] * upM + originEcef[1];
    double z = r[2] * eastM + r[5] * northM + r[8] * upM + originEcef[2];
    Wgs84.fromEcef(x, y, z, out);
  }

  /** ECEF to local ENU metres. */
  public EnuVector toEnu(EcefVector v) {
    double dx = v.xM() - originEcef[0];
    double dy = v.yM() - originEcef[1];
    double dz = v.zM() - originEcef[2];
    return new EnuVector(
        r[0] * dx + r[1] * dy + r[2] * dz,
        r[3] * dx + r[4] * dy + r[5] * dz,
        r[6] * dx + r[7] * dy + r[8] * dz);
  }

  /** Local ENU metres to ECEF. */
  public EcefVector toEcef(EnuVector v) {
    return new EcefVector(
        r[0] * v.eastM() + r[3] * v.northM() + r[6] * v.upM() + originEcef[0],
        r[1] * v.eastM() + r[4] * v.northM() + r[7] * v.upM() + originEcef[1],
        r[2] * v.eastM() + r[5] * v.northM() + r[8] * v.upM() + originEcef[2]);
  }
}
