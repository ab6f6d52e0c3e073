package org.sargas.response.area;

import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * A simple polygon in longitude/latitude (edges are straight in the plate carrée, which is accurate
 * to metres for the few-kilometre keep-out areas and test areas it serves; national borders come
 * from the airspace stage instead). Even-odd rule, so a self-touching ring still gives a sensible
 * answer. Must not cross the antimeridian. Immutable and thread-safe.
 */
public final class PolygonAreaTest implements AreaTest {
  private final double[] lat;
  private final double[] lon;

  /**
   * @param ring at least three vertices; closing the ring (first = last) is optional
   */
  public PolygonAreaTest(List<GeoPoint> ring) {
    int n = ring.size();
    if (n > 1 && ring.get(0).equals(ring.get(n - 1))) {
      n--;
    }
    if (n < 3) {
      throw new IllegalArgumentException("a polygon needs at least three distinct vertices");
    }
    lat = new double[n];
    lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = ring.get(i).latDeg();
      lon[i] = ring.get(i).lonDeg();
    }
  }

  /** An axis-aligned box in latitude/longitude, degrees. */
  public static PolygonAreaTest box(double south, double west, double north, double east) {
    return new PolygonAreaTest(
        List.of(
            GeoPoint.of(south, west),
            GeoPoint.of(south, east),
            GeoPoint.of(north, east),
            GeoPoint.of(north, west)));
  }

  @Override
  public boolean inside(double latDeg, double lonDeg) {
    boolean in = false;
    for (int i = 0, j = lat.length - 1; i < lat.length; j = i++) {
      if ((lat[i] > latDeg) != (lat[j] > latDeg)
          && lonDeg < (lon[j] - lon[i]) * (latDeg - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
        in = !in;
      }
    }
    return in;
  }
}
