package org.sargas.pipeline.identity;

import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * Distance from a position to a route (a polyline of great-circle legs) on the mean-radius sphere:
 * cross-track distance where the foot of the perpendicular lies on a leg, else the distance to the
 * nearer end. The sphere's error (≤ 0.5 %) is far below the corridor widths it is compared with.
 */
public final class RouteCorridor {
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private RouteCorridor() {}

  /** Shortest distance from {@code p} to the route, metres; infinity for an empty route. */
  public static double distanceM(GeoPoint p, List<GeoPoint> route) {
    if (route.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    if (route.size() == 1) {
      return angle(p, route.get(0)) * EARTH_RADIUS_M;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 1; i < route.size(); i++) {
      best = Math.min(best, legDistance(p, route.get(i - 1), route.get(i)));
    }
    return best * EARTH_RADIUS_M;
  }

  /** Angular distance from p to the great-circle leg a→b, radians. */
  private static double legDistance(GeoPoint p, GeoPoint a, GeoPoint b) {
    double[] va = unit(a);
    double[] vb = unit(b);
    double[] vp = unit(p);
    double[] n = cross(va, vb);
    double nn = Math.sqrt(dot(n, n));
    if (nn < 1e-12) {
      return angle(p, a);
    }
    for (int k = 0; k < 3; k++) {
      n[k] /= nn;
    }
    double crossTrack = Math.asin(Math.max(-1, Math.min(1, dot(vp, n))));
    // foot of the perpendicular lies on the leg when it is on the a side of b and the b side of a
    double[] foot = new double[3];
    double s = dot(vp, n);
    for (int k = 0; k < 3; k++) {
      foot[k] = vp[k] - s * n[k];
    }
    boolean within = dot(cross(va, foot), n) >= 0 && dot(cross(foot, vb), n) >= 0;
    if (within) {
      return Math.abs(crossTrack);
    }
    return Math.min(angle(p, a), angle(p, b));
  }

  private static double angle(GeoPoint p, GeoPoint q) {
    double[] a = unit(p);
    double[] b = unit(q);
    double[] c = cross(a, b);
    return Math.atan2(Math.sqrt(dot(c, c)), dot(a, b));
  }

  private static double[] unit(GeoPoint g) {
    double lat = Math.toRadians(g.latDeg());
    double lon = Math.toRadians(g.lonDeg());
    return new double[] {
      Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)
    };
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }
}
