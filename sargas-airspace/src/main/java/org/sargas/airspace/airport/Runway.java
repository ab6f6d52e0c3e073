package org.sargas.airspace.airport;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sargas.model.geo.GeoPoint;

/**
 * One runway of an airport with its drone protection rectangle.
 *
 * @param designator both ends' identifiers, e.g. {@code "04L/22R"}
 * @param lowEnd threshold of the lower-numbered end (altitude = elevation in metres, or NaN)
 * @param highEnd threshold of the other end
 * @param protectionArea the rectangle (x = longitude, y = latitude, degrees)
 */
public record Runway(
    String designator, GeoPoint lowEnd, GeoPoint highEnd, Geometry protectionArea) {
  public Runway {
    Objects.requireNonNull(designator, "designator");
    Objects.requireNonNull(protectionArea, "protectionArea");
  }
}
