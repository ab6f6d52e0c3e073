package org.sargas.model.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * WGS84 conversions and geodesic computations on GeographicLib. Stateless and thread-safe.
 *
 * <p>Geodesics come from GeographicLib and are exact to about 15 nm (Karney 2013). GeographicLib's
 * Java port has no geocentric conversion, so ECEF uses the closed-form forward formula and
 * Heikkinen's closed-form inverse (Zhu 1993), exact to well under a millimetre for points between
 * the earth's centre region and geostationary height (see docs/decisions/0002-ecef-closed-form.md).
 */
public final class Wgs84 {
  /** Semi-major axis, metres. */
  public static final double A_M = 6378137.0;

  /** Flattening. */
  public static final double F = 1.0 / 298.257223563;

  /** Semi-minor axis, metres. */
  public static final double B_M = A_M * (1 - F);

  /** First eccentricity squared. */
  public static final double E2 = F * (2 - F);

  /** Second eccentricity squared. */
  private static final double EP2 = E2 / (1 - E2);

  private static final Geodesic GEODESIC = Geodesic.WGS84;

  private Wgs84() {}

  /** Geodetic to ECEF. An unknown (NaN) altitude is taken as 0. */
  public static EcefVector toEcef(GeoPoint p) {
    double[] xyz = new double[3];
    toEcef(p.latDeg(), p.lonDeg(), p.altitudeOr(0.0), xyz);
    return new EcefVector(xyz[0], xyz[1], xyz[2]);
  }

  /** Geodetic to ECEF into {@code out[0..2]} (metres), without allocating. */
  public static void toEcef(double latDeg, double lonDeg, double altitudeM, double[] out) {
    double phi = Math.toRadians(latDeg);
    double lam = Math.toRadians(lonDeg);
    double sinPhi = Math.sin(phi);
    double cosPhi = Math.cos(phi);
    double n = A_M / Math.sqrt(1 - E2 * sinPhi * sinPhi);
    out[0] = (n + altitudeM) * cosPhi * Math.cos(lam);
    out[1] = (n + altitudeM) * cosPhi * Math.sin(lam);
    out[2] = (n * (1 - E2) + altitudeM) * sinPhi;
  }

  /** ECEF to geodetic. */
  public static GeoPoint fromEcef(EcefVector v) {
    double[] llh = new double[3];
    fromEcef(v.xM(), v.yM(), v.zM(), llh);
    return new GeoPoint(llh[0], llh[1], llh[2]);
  }

  /**
   * ECEF to geodetic (Heikkinen 1982, as given by Zhu 1993) into {@code out} = latitude deg,
   * longitude deg, height m.
   */
  public static void fromEcef(double x, double y, double z, double[] out) {
    double p2 = x * x + y * y;
    double p = Math.sqrt(p2);
    if (p < 1e-9) { // on the polar axis
      out[0] = z >= 0 ? 90.0 : -90.0;
      out[1] = 0.0;
      out[2] = Math.abs(z) - B_M;
      return;
    }
    double f = 54 * B_M * B_M * z * z;
    double g = p2 + (1 - E2) * z * z - E2 * (A_M * A_M - B_M * B_M);
    double c = E2 * E2 * f * p2 / (g * g * g);
    double s = Math.cbrt(1 + c + Math.sqrt(c * c + 2 * c));
    double k = s + 1 + 1 / s;
    double pp = f / (3 * k * k * g * g);
    double q = Math.sqrt(1 + 2 * E2 * E2 * pp);
    double r0 =
        -(pp * E2 * p) / (1 + q)
            + Math.sqrt(
                Math.max(
                    0.0,
                    0.5 * A_M * A_M * (1 + 1 / q)
                        - pp * (1 - E2) * z * z / (q * (1 + q))
                        - 0.5 * pp * p2));
    double t = p - E2 * r0;
    double u = Math.sqrt(t * t + z * z);
    double v = Math.sqrt(t * t + (1 - E2) * z * z);
    double z0 = B_M * B_M * z / (A_M * v);
    out[2] = u * (1 - B_M * B_M / (A_M * v));
    out[0] = Math.toDegrees(Math.atan2(z + EP2 * z0, p));
    out[1] = Math.toDegrees(Math.atan2(y, x));
  }

  /** Geodesic (ellipsoidal surface) distance between two points, in metres. */
  public static double distanceM(GeoPoint a, GeoPoint b) {
    return GEODESIC.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), GeodesicMask.DISTANCE)
        .s12;
  }

  /** Initial azimuth of the geodesic from {@code a} to {@code b}, degrees clockwise from north. */
  public static double azimuthDeg(GeoPoint a, GeoPoint b) {
    return GEODESIC.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), GeodesicMask.AZIMUTH)
        .azi1;
  }

  /** The point reached from {@code start} along a geodesic of the given azimuth and length. */
  public static GeoPoint destination(GeoPoint start, double azimuthDeg, double distanceM) {
    GeodesicData d = GEODESIC.Direct(start.latDeg(), start.lonDeg(), azimuthDeg, distanceM);
    return new GeoPoint(d.lat2, d.lon2, start.altitudeM());
  }

  /**
   * The point a fraction {@code f} of the way from {@code a} to {@code b} along the geodesic;
   * altitude is interpolated linearly.
   *
   * @param f 0 gives {@code a}, 1 gives {@code b}; values outside [0, 1] extrapolate
   */
  public static GeoPoint interpolate(GeoPoint a, GeoPoint b, double f) {
    GeodesicLine line =
        GEODESIC.InverseLine(
            a.latDeg(),
            a.lonDeg(),
            b.latDeg(),
            b.lonDeg(),
            GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
    GeodesicData d =
        line.Position(f * line.Distance(), GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    double alt = a.altitudeM() + f * (b.altitudeM() - a.altitudeM());
    return new GeoPoint(d.lat2, d.lon2, alt);
  }
}
