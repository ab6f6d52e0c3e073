package org.sargas.response.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;

/**
 * Where to search for a lost drone: the probability grid of its impact point and the 50 % and 90 %
 * highest-density regions. The regions are unions of grid cells; their outlines are rings of
 * positions along cell edges, each closed (first = last), outer rings counter-clockwise and holes
 * clockwise as RFC 7946 (GeoJSON) wants; {@link #multiPolygon90()} groups them for a GeoJSON
 * MultiPolygon.
 *
 * @param trackId the lost track
 * @param lostTime event time of its last estimate
 * @param lastKnownPosition its last estimated position
 * @param targetClass the class whose flight model was used
 * @param grid impact probability per cell (sums to 1)
 * @param polygon50 outline of the 50 % region
 * @param polygon90 outline of the 90 % region
 * @param area50Km2 area of the 50 % region, km²
 * @param area90Km2 area of the 90 % region, km²
 * @param particles Monte Carlo samples used
 * @param seed the generator's seed (same seed, same input: same area)
 */
public record SearchArea(
    String trackId,
    Instant lostTime,
    GeoPoint lastKnownPosition,
    TargetClass targetClass,
    ProbabilityGrid grid,
    List<List<GeoPoint>> polygon50,
    List<List<GeoPoint>> polygon90,
    double area50Km2,
    double area90Km2,
    int particles,
    long seed) {

  public SearchArea {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(grid, "grid");
    polygon50 = polygon50.stream().map(List::copyOf).toList();
    polygon90 = polygon90.stream().map(List::copyOf).toList();
  }

  /** Whether a position lies in the 50 % region. */
  public boolean inside50(GeoPoint position) {
    return grid.inRegion(position, 0.5);
  }

  /** Whether a position lies in the 90 % region. */
  public boolean inside90(GeoPoint position) {
    return grid.inRegion(position, 0.9);
  }

  /** The 50 % region as GeoJSON MultiPolygon coordinates: polygons → rings (outer first). */
  public List<List<List<GeoPoint>>> multiPolygon50() {
    return group(polygon50);
  }

  /** The 90 % region as GeoJSON MultiPolygon coordinates: polygons → rings (outer first). */
  public List<List<List<GeoPoint>>> multiPolygon90() {
    return group(polygon90);
  }

  /** Outer rings (counter-clockwise) each with the holes (clockwise) that lie inside them. */
  static List<List<List<GeoPoint>>> group(List<List<GeoPoint>> rings) {
    List<List<GeoPoint>> outers = new ArrayList<>();
    List<List<GeoPoint>> holes = new ArrayList<>();
    for (List<GeoPoint> r : rings) {
      (signedArea(r) > 0 ? outers : holes).add(r);
    }
    List<List<List<GeoPoint>>> polygons = new ArrayList<>();
    for (List<GeoPoint> o : outers) {
      List<List<GeoPoint>> poly = new ArrayList<>();
      poly.add(o);
      polygons.add(poly);
    }
    for (List<GeoPoint> h : holes) {
      int best = -1;
      double bestArea = Double.POSITIVE_INFINITY;
      for (int k = 0; k < outers.size(); k++) {
        double a = signedArea(outers.get(k));
        if (a < bestArea && contains(outers.get(k), h.get(0))) {
          best = k;
          bestArea = a;
        }
      }
      if (best >= 0) {
        polygons.get(best).add(h);
      }
    }
    return polygons.stream().map(List::copyOf).toList();
  }

  /** Shoelace area in degrees² (longitude east, latitude north): positive = counter-clockwise. */
  static double signedArea(List<GeoPoint> ring) {
    double s = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      GeoPoint a = ring.get(i);
      GeoPoint b = ring.get(i + 1);
      s += a.lonDeg() * b.latDeg() - b.lonDeg() * a.latDeg();
    }
    return s / 2;
  }

  /**
   * Even-odd test of a vertex of another ring against a ring; vertices of a hole are corners of the
   * grid that never lie on another ring's edge except where they touch, so the first vertex after
   * nudging towards its own ring's interior decides.
   */
  private static boolean contains(List<GeoPoint> ring, GeoPoint p) {
    boolean in = false;
    double y = p.latDeg() + 1e-9;
    double x = p.lonDeg() + 1e-9;
    for (int i = 0, j = ring.size() - 2; i < ring.size() - 1; j = i++) {
      GeoPoint a = ring.get(i);
      GeoPoint b = ring.get(j);
      if ((a.latDeg() > y) != (b.latDeg() > y)
          && x
              < (b.lonDeg() - a.lonDeg()) * (y - a.latDeg()) / (b.latDeg() - a.latDeg())
                  + a.lonDeg()) {
        in = !in;
      }
    }
    return in;
  }
}
