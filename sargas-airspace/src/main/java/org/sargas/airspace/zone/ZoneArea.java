package org.sargas.airspace.zone;

import java.util.Objects;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.sargas.model.airspace.Zone;

/**
 * A zone with its horizontal area: point-in-area by JTS's indexed locator (O(log n) per test),
 * depth as the geodesic distance to the boundary ({@link ZoneBoundary}). Points on the boundary
 * count as inside. Altitude limits and applicability are the {@link Zone}'s.
 *
 * <p>Thread-safety: safe for concurrent reads once {@link #prepare()} has run (the monitor calls
 * it); before that, the indexes are built lazily on first use.
 */
public final class ZoneArea {
  private final Zone zone;
  private final Geometry area;
  private final Envelope envelope;
  private final ActivationSchedule schedule;
  private volatile IndexedPointInAreaLocator locator;
  private volatile ZoneBoundary boundary;

  /** A zone that is always active. */
  public ZoneArea(Zone zone, Geometry area) {
    this(zone, area, ActivationSchedule.ALWAYS);
  }

  /**
   * @param zone the zone's attributes
   * @param area its horizontal extent: Polygon or MultiPolygon, x = longitude, y = latitude deg
   * @param schedule when the zone is active
   */
  public ZoneArea(Zone zone, Geometry area, ActivationSchedule schedule) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    if (!(area instanceof Polygonal) || area.isEmpty()) {
      throw new IllegalArgumentException(
          "zone " + zone.id() + ": area must be a non-empty polygon");
    }
    this.area = area;
    this.envelope = area.getEnvelopeInternal();
  }

  /** The zone's attributes. */
  public Zone zone() {
    return zone;
  }

  /** The zone's id. */
  public String id() {
    return zone.id();
  }

  /** The horizontal area (x = longitude, y = latitude, degrees). */
  public Geometry area() {
    return area;
  }

  /** When the zone is active. */
  public ActivationSchedule schedule() {
    return schedule;
  }

  /** Bounding box of the area. */
  public Envelope envelope() {
    return envelope;
  }

  /** Builds the indexes now rather than on first use; returns this. */
  public ZoneArea prepare() {
    locator();
    boundary();
    return this;
  }

  /** Whether the point (degrees) is inside the area or on its boundary. Thread-safe. */
  public boolean contains(double latDeg, double lonDeg) {
    if (!envelope.contains(lonDeg, latDeg)) {
      return false;
    }
    return locator().locate(new Coordinate(lonDeg, latDeg)) != Location.EXTERIOR;
  }

  /** The indexed boundary (for depth and crossings). */
  public ZoneBoundary boundary() {
    ZoneBoundary b = boundary;
    if (b == null) {
      synchronized (this) {
        b = boundary;
        if (b == null) {
          b = new ZoneBoundary(area);
          boundary = b;
        }
      }
    }
    return b;
  }

  private IndexedPointInAreaLocator locator() {
    IndexedPointInAreaLocator l = locator;
    if (l == null) {
      synchronized (this) {
        l = locator;
        if (l == null) {
          l = new IndexedPointInAreaLocator(area);
          l.locate(new Coordinate(envelope.getMinX(), envelope.getMinY()));
          locator = l;
        }
      }
    }
    return l;
  }

  @Override
  public String toString() {
    return "ZoneArea[" + zone.id() + ", " + area.getNumPoints() + " vertices]";
  }
}
