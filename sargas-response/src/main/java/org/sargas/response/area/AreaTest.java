package org.sargas.response.area;

import java.util.List;

/**
 * Whether a horizontal position lies inside an area (a country's airspace, a town, an airport).
 *
 * <p>The caller supplies it, typically backed by the airspace stage's prepared polygons; the
 * response stage only asks. Implementations must be pure (same answer for the same position) and,
 * when shared between threads, thread-safe. Vertical limits are not part of the test: an area here
 * is a column from the ground up.
 */
@FunctionalInterface
public interface AreaTest {

  /** The empty area: nothing is inside. */
  AreaTest NOWHERE = (latDeg, lonDeg) -> false;

  /**
   * @param latDeg WGS84 geodetic latitude, degrees, [-90, 90]
   * @param lonDeg WGS84 longitude, degrees, [-180, 180)
   * @return whether the position is inside the area (boundary points may go either way)
   */
  boolean inside(double latDeg, double lonDeg);

  /** The union of areas: inside when inside any of them. An empty list is {@link #NOWHERE}. */
  static AreaTest anyOf(List<? extends AreaTest> areas) {
    List<AreaTest> copy = List.copyOf(areas);
    if (copy.isEmpty()) {
      return NOWHERE;
    }
    return (latDeg, lonDeg) -> {
      for (AreaTest a : copy) {
        if (a.inside(latDeg, lonDeg)) {
          return true;
        }
      }
      return false;
    };
  }
}
