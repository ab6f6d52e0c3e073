package org.sargas.airspace.testing;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Independent oracle for tests: the geodesic distance from a point to a polygon's boundary by
 * densifying every boundary segment (linear in longitude/latitude) and taking the smallest
 * GeographicLib Inverse distance. Slow and simple on purpose.
 */
public final class BruteForce {
  private BruteForce() {}

  /** Distance in metres; each segment is split into pieces of at most {@code stepDeg}. */
  public static double distanceToBoundaryM(
      Geometry area, double latDeg, double lonDeg, double stepDeg) {
    return distanceToBoundaryM(area, latDeg, lonDeg, stepDeg, 180.0);
  }

  /**
   * As above, considering only boundary segments that come within {@code radiusDeg} (in latitude
   * and longitude) of the point: for points known to be closer than that to the boundary.
   */
  public static double distanceToBoundaryM(
      Geometry area, double latDeg, double lonDeg, double stepDeg, double radiusDeg) {
    double best = Double.POSITIVE_INFINITY;
    Geometry boundary = area.getBoundary();
    for (int g = 0; g < boundary.getNumGeometries(); g++) {
      Coordinate[] cs = boundary.getGeometryN(g).getCoordinates();
      for (int i = 0; i + 1 < cs.length; i++) {
        if (Math.min(cs[i].x, cs[i + 1].x) > lonDeg + radiusDeg
            || Math.max(cs[i].x, cs[i + 1].x) < lonDeg - radiusDeg
            || Math.min(cs[i].y, cs[i + 1].y) > latDeg + radiusDeg
            || Math.max(cs[i].y, cs[i + 1].y) < latDeg - radiusDeg) {
          continue;
        }
        double len = Math.hypot(cs[i + 1].x - cs[i].x, cs[i + 1].y - cs[i].y);
        int n = Math.max(1, (int) Math.ceil(len / stepDeg));
        for (int k = 0; k <= n; k++) {
          double f = (double) k / n;
          double lon = cs[i].x + f * (cs[i + 1].x - cs[i].x);
          double lat = cs[i].y + f * (cs[i + 1].y - cs[i].y);
          double d = Geodesic.WGS84.Inverse(latDeg, lonDeg, lat, lon, GeodesicMask.DISTANCE).s12;
          best = Math.min(best, d);
        }
      }
    }
    return best;
  }
}
