package org.sargas.airspace.zone;

import java.util.Arrays;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.sargas.model.geo.Wgs84;

/**
 * The boundary of a polygonal area (all shells and holes) as indexed segments: the geodesic
 * distance from a point to the boundary, and the crossings of a short path with it.
 *
 * <p>Distance: the nearest segment is found in an STRtree over segments in a plane where longitude
 * is scaled by the cosine of the area's mid latitude; the few segments that can be nearest under
 * the true local scale are then compared in an equirectangular frame at the query point (radii of
 * curvature of WGS84 there), and the distance to the foot point on the best one is computed with
 * GeographicLib's {@code Geodesic.Inverse}. Boundary segments are short (10 m data), so the foot
 * point on the straight segment and on the geodesic coincide to well under a centimetre.
 *
 * <p>Longitudes are taken as they are: areas must not straddle the ±180° meridian. Thread-safe
 * after construction (the STRtree is built eagerly).
 */
public final class ZoneBoundary {
  private final double[] lon0;
  private final double[] lat0;
  private final double[] lon1;
  private final double[] lat1;
  private final int count;
  private final double lonScale;
  private final STRtree tree;

  /** The boundary of {@code area}, a Polygon or MultiPolygon (x = lon, y = lat degrees). */
  public ZoneBoundary(Geometry area) {
    if (!(area instanceof Polygonal)) {
      throw new IllegalArgumentException("not polygonal: " + area.getGeometryType());
    }
    int n = 0;
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      n += p.getExteriorRing().getNumPoints() - 1;
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        n += p.getInteriorRingN(h).getNumPoints() - 1;
      }
    }
    lon0 = new double[n];
    lat0 = new double[n];
    lon1 = new double[n];
    lat1 = new double[n];
    Envelope env = area.getEnvelopeInternal();
    double midLat = (env.getMinY() + env.getMaxY()) / 2;
    lonScale = Math.cos(Math.toRadians(midLat));
    int k = 0;
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      k = addRing(p.getExteriorRing(), k);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        k = addRing(p.getInteriorRingN(h), k);
      }
    }
    count = k;
    tree = new STRtree();
    for (int i = 0; i < count; i++) {
      Envelope e =
          new Envelope(lon0[i] * lonScale, lon1[i] * lonScale, lat0[i], lat1[i]);
      tree.insert(e, i);
    }
    tree.build();
  }

  private int addRing(LineString ring, int k) {
    Coordinate[] cs = ring.getCoordinates();
    for (int i = 0; i + 1 < cs.length; i++) {
      if (cs[i].equals2D(cs[i + 1])) {
        continue;
      }
      lon0[k] = cs[i].x;
      lat0[k] = cs[i].y;
      lon1[k] = cs[i + 1].x;
      lat1[k] = cs[i + 1].y;
      k++;
    }
    return k;
  }

  /** Number of boundary segments. */
  public int segmentCount() {
    return count;
  }

  /**
   * Geodesic distance in metres from a point to the nearest point of the boundary (WGS84).
   *
   * @param nearestOut if not null, receives the nearest boundary point: latitude, longitude deg
   */
  public double distanceM(double latDeg, double lonDeg, double[] nearestOut) {
    if (count == 0) {
      return Double.NaN;
    }
    double qx = lonDeg * lonScale;
    double qy = latDeg;
    Object best =
        tree.nearestNeighbour(
            new Envelope(qx, qx, qy, qy), new double[] {qx, qy}, new ScaledDistance());
    int bi = (Integer) best;
    double d0 = scaledDistance(bi, qx, qy);
    // The tree's metric uses one longitude scale; the true local one differs by at most cosRatio.
    double cosHere = Math.cos(Math.toRadians(latDeg));
    double ratio = Math.max(cosHere / lonScale, lonScale / cosHere);
    double r = d0 * ratio * ratio + 1e-9;
    // Local equirectangular frame at the query point, metres per degree.
    double phi = Math.toRadians(latDeg);
    double s = Math.sin(phi);
    double w = Math.sqrt(1 - Wgs84.E2 * s * s);
    double mPerDegLat = Math.toRadians(Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w));
    double mPerDegLon = Math.toRadians(Wgs84.A_M / w * Math.cos(phi));
    double[] bestFoot = new double[3];
    bestFoot[2] = Double.POSITIVE_INFINITY;
    tree.query(
        new Envelope(qx - r, qx + r, qy - r, qy + r),
        item -> {
          int i = (Integer) item;
          double ax = (lon0[i] - lonDeg) * mPerDegLon;
          double ay = (lat0[i] - latDeg) * mPerDegLat;
          double bx = (lon1[i] - lonDeg) * mPerDegLon;
          double by = (lat1[i] - latDeg) * mPerDegLat;
          double dx = bx - ax;
          double dy = by - ay;
          double len2 = dx * dx + dy * dy;
          double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
          double fx = ax + u * dx;
          double fy = ay + u * dy;
          double d2 = fx * fx + fy * fy;
          if (d2 < bestFoot[2]) {
            bestFoot[2] = d2;
            bestFoot[0] = lat0[i] + u * (lat1[i] - lat0[i]);
            bestFoot[1] = lon0[i] + u * (lon1[i] - lon0[i]);
          }
        });
    if (nearestOut != null) {
      nearestOut[0] = bestFoot[0];
      nearestOut[1] = bestFoot[1];
    }
    return Geodesic.WGS84.Inverse(latDeg, lonDeg, bestFoot[0], bestFoot[1], GeodesicMask.DISTANCE)
        .s12;
  }

  private double scaledDistance(int i, double qx, double qy) {
    double ax = lon0[i] * lonScale;
    double ay = lat0[i];
    double dx = lon1[i] * lonScale - ax;
    double dy = lat1[i] - ay;
    double len2 = dx * dx + dy * dy;
    double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((qx - ax) * dx + (qy - ay) * dy) / len2));
    return Math.hypot(ax + u * dx - qx, ay + u * dy - qy);
  }

  /**
   * Fractions in [0, 1] along the straight longitude/latitude segment from (lon0, lat0) to (lon1,
   * lat1) where it crosses the boundary, in increasing order.
   *
   * @param out receives the fractions; its length caps how many are returned
   * @return how many fractions were written
   */
  public int crossings(double lonA, double latA, double lonB, double latB, double[] out) {
    Envelope e = new Envelope(lonA * lonScale, lonB * lonScale, latA, latB);
    int[] n = {0};
    double[] tu = new double[2];
    tree.query(
        e,
        item -> {
          // Half-open on the boundary segment so a path through a vertex counts once.
          if (intersect((Integer) item, lonA, latA, lonB, latB, tu) && n[0] < out.length) {
            out[n[0]++] = tu[0];
          }
        });
    Arrays.sort(out, 0, n[0]);
    return n[0];
  }

  /**
   * The first crossing of the straight longitude/latitude segment from A to B with the boundary.
   *
   * @param out receives out[0] = fraction along A→B in [0, 1], out[1] = |sine| of the angle between
   *     the path and the crossed boundary segment (1 = head-on, 0 = grazing), in a local frame
   * @return whether there is a crossing
   */
  public boolean firstCrossing(double lonA, double latA, double lonB, double latB, double[] out) {
    double[] best = {Double.POSITIVE_INFINITY, 0};
    double[] tu = new double[2];
    double ex = (lonB - lonA) * Math.cos(Math.toRadians((latA + latB) / 2));
    double ey = latB - latA;
    tree.query(
        new Envelope(lonA * lonScale, lonB * lonScale, latA, latB),
        item -> {
          int i = (Integer) item;
          if (intersect(i, lonA, latA, lonB, latB, tu) && tu[0] < best[0]) {
            best[0] = tu[0];
            double sx = (lon1[i] - lon0[i]) * Math.cos(Math.toRadians((latA + latB) / 2));
            double sy = lat1[i] - lat0[i];
            best[1] = Math.abs(ex * sy - ey * sx) / (Math.hypot(ex, ey) * Math.hypot(sx, sy));
          }
        });
    if (best[0] == Double.POSITIVE_INFINITY) {
      return false;
    }
    out[0] = best[0];
    out[1] = best[1];
    return true;
  }

  /**
   * Whether the path A→B meets boundary segment i (not parallel): tu[0] = fraction along the path
   * in [0, 1], tu[1] = fraction along the segment in [0, 1).
   */
  private boolean intersect(int i, double lonA, double latA, double lonB, double latB, double[] tu) {
    double ex = lonB - lonA;
    double ey = latB - latA;
    double sx = lon1[i] - lon0[i];
    double sy = lat1[i] - lat0[i];
    double den = ex * sy - ey * sx;
    if (den == 0) {
      return false; // parallel: a touching path is not a crossing
    }
    double wx = lon0[i] - lonA;
    double wy = lat0[i] - latA;
    double t = (wx * sy - wy * sx) / den;
    double u = (wx * ey - wy * ex) / den;
    tu[0] = t;
    tu[1] = u;
    return t >= 0 && t <= 1 && u >= 0 && u < 1;
  }

  /** Whether any boundary segment's bounding box meets the given longitude/latitude box. */
  public boolean anySegmentNear(double minLon, double minLat, double maxLon, double maxLat) {
    boolean[] found = {false};
    tree.query(
        new Envelope(minLon * lonScale, maxLon * lonScale, minLat, maxLat),
        item -> found[0] = true);
    return found[0];
  }

  /** Planar distance between the query point and a segment, in the tree's scaled plane. */
  private final class ScaledDistance implements ItemDistance {
    @Override
    public double distance(ItemBoundable a, ItemBoundable b) {
      Object ia = a.getItem();
      Object ib = b.getItem();
      if (ia instanceof double[]) {
        double[] q = (double[]) ia;
        return scaledDistance((Integer) ib, q[0], q[1]);
      }
      double[] q = (double[]) ib;
      return scaledDistance((Integer) ia, q[0], q[1]);
    }
  }
}
