package org.sargas.airspace.zone;

import java.util.Arrays;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.sargas.model.geo.Wgs84;

/**
 * The boundary of a polygonal area (all shells and holes) as indexed segments: the geodesic
 * distance from a point to the boundary, and the crossings of a short path with it.
 *
 * <p>Distance: the nearest segment under the equirectangular metric at the query point (WGS84 radii
 * of curvature there) is found by a pruned nearest-box-first search of an STRtree over the
 * segments, stored in a plane whose longitude scale (the cosine of the area's most poleward
 * latitude + 2°) makes the stored boxes a lower bound of that metric; the distance to the foot
 * point on that segment is then computed with GeographicLib's {@code Geodesic.Inverse}. Boundary
 * segments are short (10 m data), so the foot point on the straight segment and on the geodesic
 * coincide to well under a centimetre.
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

  /** Longitude scale of the tree's plane: the cosine at the area's most poleward latitude + 2°. */
  private final double lonScale;

  private static final double SCALE_MARGIN_DEG = 2.0;
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
    double poleward = Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY())) + SCALE_MARGIN_DEG;
    lonScale = Math.cos(Math.toRadians(Math.min(89.0, poleward)));
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
      Envelope e = new Envelope(lon0[i] * lonScale, lon1[i] * lonScale, lat0[i], lat1[i]);
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
   * @param nearestOut if not null, receives the nearest boundary point: latitude, longitude deg; if
   *     it has a third element, that is read as a hint (the index of a boundary segment near the
   *     query, e.g. from the previous query along a path; -1 for none) and set to the segment
   *     found: consecutive queries along a path then search much less
   */
  public double distanceM(double latDeg, double lonDeg, double[] nearestOut) {
    if (count == 0) {
      return Double.NaN;
    }
    double[] foot = nearestOut != null ? nearestOut : new double[2];
    nearestPoint(latDeg, lonDeg, foot);
    return Geodesic.WGS84.Inverse(latDeg, lonDeg, foot[0], foot[1], GeodesicMask.DISTANCE).s12;
  }

  /**
   * As {@link #distanceM}, but the last step uses the mid-latitude formula (local radii of
   * curvature at the mean latitude) instead of a geodesic: within 3e-5 of the distance up to 100 km
   * and some 20 times faster, for searching; report {@link #distanceM}.
   *
   * @param nearestOut receives the nearest boundary point: latitude, longitude deg (and uses and
   *     sets the hint as in {@link #distanceM})
   */
  public double approxDistanceM(double latDeg, double lonDeg, double[] nearestOut) {
    if (count == 0) {
      return Double.NaN;
    }
    nearestPoint(latDeg, lonDeg, nearestOut);
    double phi = Math.toRadians((latDeg + nearestOut[0]) / 2);
    double s = Math.sin(phi);
    double w2 = 1 - Wgs84.E2 * s * s;
    double w = Math.sqrt(w2);
    double dn = Math.toRadians(nearestOut[0] - latDeg) * Wgs84.A_M * (1 - Wgs84.E2) / (w2 * w);
    double de = Math.toRadians(nearestOut[1] - lonDeg) * Wgs84.A_M / w * Math.cos(phi);
    return Math.hypot(de, dn);
  }

  /** The nearest boundary point (latitude, longitude) into {@code foot}. */
  private void nearestPoint(double latDeg, double lonDeg, double[] foot) {
    // Local equirectangular metric at the query point, in degrees of latitude: x scaled by
    // (metres per degree of longitude) / (metres per degree of latitude) there.
    double phi = Math.toRadians(latDeg);
    double s = Math.sin(phi);
    double w2 = 1 - Wgs84.E2 * s * s;
    double k = Math.cos(phi) * w2 / (1 - Wgs84.E2);
    int best;
    if (k >= lonScale) {
      // The tree's boxes (x = lon * lonScale), measured in the local metric, are then a lower
      // bound of the distance to any segment inside: a depth-first search visiting children
      // nearest box first and pruning boxes no nearer than the best segment so far is exact.
      double[] state = {Double.POSITIVE_INFINITY, -1};
      if (foot.length > 2 && foot[2] >= 0 && foot[2] < count) {
        // A hint (the previous query's segment): its distance bounds the search from the start.
        state[1] = foot[2];
        state[0] = localDistance2((int) foot[2], latDeg, lonDeg, k, null) * (1 + 1e-12);
      }
      nearest((AbstractNode) tree.getRoot(), latDeg, lonDeg * lonScale, lonDeg, k, state);
      best = (int) state[1];
      if (foot.length > 2) {
        foot[2] = best;
      }
    } else {
      best = 0; // far poleward of the area (never for depths inside it): scan every segment
      double bestD2 = Double.POSITIVE_INFINITY;
      for (int i = 0; i < count; i++) {
        double d2 = localDistance2(i, latDeg, lonDeg, k, null);
        if (d2 < bestD2) {
          bestD2 = d2;
          best = i;
        }
      }
    }
    localDistance2(best, latDeg, lonDeg, k, foot);
  }

  /**
   * Squared distance from the query to segment i in the local metric (degrees of latitude, x scaled
   * by k); the foot point (latitude, longitude) goes to {@code foot} if not null.
   */
  private double localDistance2(int i, double qLat, double qLon, double k, double[] foot) {
    double ax = (lon0[i] - qLon) * k;
    double ay = lat0[i] - qLat;
    double dx = (lon1[i] - lon0[i]) * k;
    double dy = lat1[i] - lat0[i];
    double len2 = dx * dx + dy * dy;
    double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double fx = ax + u * dx;
    double fy = ay + u * dy;
    if (foot != null) {
      foot[0] = lat0[i] + u * (lat1[i] - lat0[i]);
      foot[1] = lon0[i] + u * (lon1[i] - lon0[i]);
    }
    return fx * fx + fy * fy;
  }

  /**
   * Branch and bound over the STRtree: state = {best squared local distance, best segment}.
   *
   * @param qx the query's x in the tree's plane (lon * lonScale)
   */
  private void nearest(
      AbstractNode node, double qLat, double qx, double qLon, double k, double[] state) {
    List<?> children = node.getChildBoundables();
    int n = children.size();
    double[] d2 = new double[n];
    for (int c = 0; c < n; c++) {
      Envelope e = (Envelope) ((Boundable) children.get(c)).getBounds();
      double dx = Math.max(0, Math.max(e.getMinX() - qx, qx - e.getMaxX())) * (k / lonScale);
      double dy = Math.max(0, Math.max(e.getMinY() - qLat, qLat - e.getMaxY()));
      d2[c] = dx * dx + dy * dy;
    }
    for (int visited = 0; visited < n; visited++) {
      int c = -1;
      for (int j = 0; j < n; j++) {
        if (d2[j] >= 0 && (c < 0 || d2[j] < d2[c])) {
          c = j;
        }
      }
      if (d2[c] >= state[0]) {
        return; // this and every remaining child is no nearer than the best
      }
      Object child = children.get(c);
      d2[c] = -1;
      if (child instanceof ItemBoundable) {
        int i = (Integer) ((ItemBoundable) child).getItem();
        double di = localDistance2(i, qLat, qLon, k, null);
        if (di < state[0]) {
          state[0] = di;
          state[1] = i;
        }
      } else {
        nearest((AbstractNode) child, qLat, qx, qLon, k, state);
      }
    }
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
  private boolean intersect(
      int i, double lonA, double latA, double lonB, double latB, double[] tu) {
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
}
