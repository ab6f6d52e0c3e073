package org.sargas.airspace.airport;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sargas.airspace.zone.ZoneArea;

/**
 * An airport's drone protection zone: the union of its runways' rectangles, as a zone of kind
 * AIRPORT_DRONE_RESTRICTION that applies to drones only.
 *
 * @param ident the airport's ICAO/ident code (also the zone id)
 * @param zone the zone for the monitor
 * @param runways the runways and their own rectangles
 */
public record AirportZone(String ident, ZoneArea zone, List<Runway> runways) {
  public AirportZone {
    Objects.requireNonNull(ident, "ident");
    Objects.requireNonNull(zone, "zone");
    runways = List.copyOf(runways);
  }

  /** Designators of the runways whose rectangle contains the point (degrees). */
  public List<String> runwaysAt(double latDeg, double lonDeg) {
    Geometry p = new GeometryFactory().createPoint(new Coordinate(lonDeg, latDeg));
    return runways.stream()
        .filter(r -> r.protectionArea().covers(p))
        .map(Runway::designator)
        .toList();
  }
}
