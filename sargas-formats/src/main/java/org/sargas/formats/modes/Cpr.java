package org.sargas.formats.modes;

/**
 * Compact Position Reporting (DO-260B 2.2.3.2.3.7 / A.1.7): the NL function, global decoding of an
 * even/odd pair, local decoding against a reference, and encoding. Airborne positions use 17-bit
 * encoding over 360°; surface positions over 90°. Static and thread-safe.
 */
public final class Cpr {
  /** 2^17, the number of CPR encoding steps per zone. */
  public static final double SCALE = 131072.0;

  private static final double[] NL_LIMITS = new double[59];

  static {
    NL_LIMITS[0] = Double.POSITIVE_INFINITY;
    // NL(lat) = floor(2π / acos(1 - (1 - cos(π / 30)) / cos²(lat))): transition latitudes.
    for (int nl = 2; nl <= 59; nl++) {
      double a = 1 - Math.cos(Math.PI / 30.0);
      double b = 1 - Math.cos(2 * Math.PI / nl);
      NL_LIMITS[nl - 1] = Math.toDegrees(Math.acos(Math.sqrt(a / b)));
    }
  }

  private Cpr() {}

  /** Number of longitude zones at latitude {@code latDeg}, 1..59. */
  public static int nl(double latDeg) {
    double lat = Math.abs(latDeg);
    if (lat >= 87.0) {
      return 1;
    }
    // NL_LIMITS[n - 1] is the latitude where NL drops below n; it grows as n falls. Find the
    // largest n in 1..59 with lat < NL_LIMITS[n - 1] (n = 1 above the last limit) by bisection.
    int lo = 1;
    int hi = 59;
    if (lat < NL_LIMITS[58]) {
      return 59;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (lat < NL_LIMITS[mid - 1]) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }

  /**
   * Global decoding of an even/odd airborne (or, with {@code surface}, a surface) pair.
   *
   * @param newestOdd whether the odd message is the more recent (its position is returned)
   * @param refLatDeg reference latitude for surface decoding (picks the quadrant); ignored when
   *     airborne
   * @param refLonDeg reference longitude for surface decoding; ignored when airborne
   * @param out receives lat, lon in degrees
   * @return false when the pair straddles a latitude-zone boundary (NL differs) or is invalid
   */
  public static boolean global(
      int latEven,
      int lonEven,
      int latOdd,
      int lonOdd,
      boolean newestOdd,
      boolean surface,
      double refLatDeg,
      double refLonDeg,
      double[] out) {
    double span = surface ? 90.0 : 360.0;
    double dLatE = span / 60.0;
    double dLatO = span / 59.0;
    double le = latEven / SCALE;
    double lo = latOdd / SCALE;
    double j = Math.floor(59 * le - 60 * lo + 0.5);
    double rlatE = dLatE * (mod(j, 60) + le);
    double rlatO = dLatO * (mod(j, 59) + lo);
    if (surface) {
      double sel = newestOdd ? rlatO : rlatE;
      double alt = sel - 90.0;
      if (Math.abs(alt - refLatDeg) < Math.abs(sel - refLatDeg)) {
        rlatE -= 90.0;
        rlatO -= 90.0;
      }
    } else {
      if (rlatE >= 270.0) {
        rlatE -= 360.0;
      }
      if (rlatO >= 270.0) {
        rlatO -= 360.0;
      }
    }
    if (rlatE < -90 || rlatE > 90 || rlatO < -90 || rlatO > 90) {
      return false;
    }
    if (nl(rlatE) != nl(rlatO)) {
      return false;
    }
    double lat = newestOdd ? rlatO : rlatE;
    int nl = nl(lat);
    int ni = Math.max(nl - (newestOdd ? 1 : 0), 1);
    double m = Math.floor(lonEven / SCALE * (nl - 1) - lonOdd / SCALE * nl + 0.5);
    double lon = (span / ni) * (mod(m, ni) + (newestOdd ? lonOdd : lonEven) / SCALE);
    if (surface) {
      double best = lon;
      for (int k = -4; k <= 4; k++) {
        double cand = lon + 90.0 * k;
        if (cand >= -180
            && cand < 180
            && Math.abs(Math.IEEEremainder(cand - refLonDeg, 360))
                < Math.abs(Math.IEEEremainder(best - refLonDeg, 360))) {
          best = cand;
        }
      }
      lon = best;
    }
    if (lon >= 180.0) {
      lon -= 360.0;
    }
    out[0] = lat;
    out[1] = lon;
    return true;
  }

  /**
   * Local decoding of one message against a reference position that is within half a zone (about
   * 180 NM airborne, 45 NM surface) of the target.
   *
   * @param out receives lat, lon in degrees
   */
  public static void local(
      int latCpr,
      int lonCpr,
      boolean odd,
      boolean surface,
      double refLatDeg,
      double refLonDeg,
      double[] out) {
    double span = surface ? 90.0 : 360.0;
    int i = odd ? 1 : 0;
    double dLat = span / (60 - i);
    double yz = latCpr / SCALE;
    double j = Math.floor(refLatDeg / dLat) + Math.floor(0.5 + mod(refLatDeg, dLat) / dLat - yz);
    double lat = dLat * (j + yz);
    int ni = Math.max(nl(lat) - i, 1);
    double dLon = span / ni;
    double xz = lonCpr / SCALE;
    double m = Math.floor(refLonDeg / dLon) + Math.floor(0.5 + mod(refLonDeg, dLon) / dLon - xz);
    double lon = dLon * (m + xz);
    out[0] = lat;
    out[1] = lon;
  }

  /**
   * Encodes an airborne position (DO-260B A.1.7.2).
   *
   * @return the 17-bit latitude in bits 33..17 and the 17-bit longitude in bits 16..0
   */
  public static long encodeAirborne(double latDeg, double lonDeg, boolean odd) {
    int i = odd ? 1 : 0;
    double dLat = 360.0 / (60 - i);
    double yz = Math.floor(SCALE * mod(latDeg, dLat) / dLat + 0.5);
    double rlat = dLat * (yz / SCALE + Math.floor(latDeg / dLat));
    int ni = Math.max(nl(rlat) - i, 1);
    double dLon = 360.0 / ni;
    double xz = Math.floor(SCALE * mod(lonDeg, dLon) / dLon + 0.5);
    return (long) mod(yz, SCALE) << 17 | (long) mod(xz, SCALE);
  }
}
