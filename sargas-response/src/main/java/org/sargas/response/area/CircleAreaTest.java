package org.sargas.response.area;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * A disc on the WGS84 ellipsoid: every position whose geodesic distance from the centre is at most
 * the radius. Immutable and thread-safe.
 *
 * @param centre the centre (its altitude is ignored)
 * @param radiusM radius, metres, &gt; 0
 */
public record CircleAreaTest(GeoPoint centre, double radiusM) implements AreaTest {

  public CircleAreaTest {
    Objects.requireNonNull(centre, "centre");
    if (!(radiusM > 0)) {
      throw new IllegalArgumentException("radius must be > 0 m: " + radiusM);
    }
  }

  @Override
  public boolean inside(double latDeg, double lonDeg) {
    // A cheap reject first: one degree of latitude is at least 110.5 km.
    if (Math.abs(latDeg - centre.latDeg()) * 110_500.0 > radiusM) {
      return false;
    }
    return Wgs84.distanceM(centre, GeoPoint.of(latDeg, lonDeg)) <= radiusM;
  }
}
