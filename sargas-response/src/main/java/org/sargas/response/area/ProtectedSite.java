package org.sargas.response.area;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * A point that must not be reached (a capital, an airbase, a power plant), with the radius at which
 * a threat counts as having reached it.
 *
 * @param id short identifier, e.g. {@code "VILNIUS"}
 * @param name human-readable name
 * @param position the site (altitude ignored)
 * @param radiusM a threat closer than this (geodesic, horizontal) has reached the site, metres,
 *     &gt; 0
 */
public record ProtectedSite(String id, String name, GeoPoint position, double radiusM) {

  public ProtectedSite {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(position, "position");
    name = name == null ? id : name;
    if (!(radiusM > 0)) {
      throw new IllegalArgumentException("site " + id + ": radius must be > 0 m");
    }
  }

  /** Whether a position is within the site's radius. */
  public boolean reached(double latDeg, double lonDeg) {
    return Wgs84.distanceM(position, GeoPoint.of(latDeg, lonDeg)) <= radiusM;
  }
}
