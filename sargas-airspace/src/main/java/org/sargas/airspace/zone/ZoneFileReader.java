package org.sargas.airspace.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.airspace.geojson.GeoJsonFeature;
import org.sargas.airspace.geojson.GeoJsonReader;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.Zone;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * Reads protected zones from a GeoJSON file: one feature per zone, geometry Polygon or MultiPolygon
 * (x = longitude, y = latitude, degrees), or a Point with a radius (a geodesic circle). Properties:
 *
 * <ul>
 *   <li>{@code id} (required) — the zone id reported in violations;
 *   <li>{@code name} — defaults to the id;
 *   <li>{@code kind} — a {@link ZoneKind} name, case-insensitive (default {@code RESTRICTED}); the
 *       OpenAir class letters {@code P}, {@code R}, {@code Q} (danger) are accepted too;
 *   <li>{@code appliesTo} — an {@link Applicability} name (default {@code ALL_TRACKS});
 *   <li>{@code floor}, {@code ceiling} — a number (metres AMSL) or text as in {@link VerticalLimit}
 *       (defaults: ground, unlimited); {@code groundElevationM} for limits above ground;
 *   <li>{@code country} — ISO alpha-3 of the owning state;
 *   <li>{@code radiusM} (or {@code radiusNm}) — for Point geometries;
 *   <li>{@code active} — an array of ISO-8601 UTC intervals {@code "start/end"} when the zone is
 *       active (default: always), see {@link ActivationSchedule}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class ZoneFileReader {
  /** Largest gap between a circle and its polygon (sagitta of one edge), metres. */
  private static final double CIRCLE_TOLERANCE_M = 0.5;

  private static final double NM_M = 1852.0;

  /**
   * The zones of a GeoJSON text.
   *
   * @param source file name for error messages
   * @throws GeoDataException naming the source, feature and reason for any malformed zone
   */
  public List<ZoneArea> read(String source, String text) throws GeoDataException {
    List<ZoneArea> out = new ArrayList<>();
    List<GeoJsonFeature> features = new GeoJsonReader().read(source, text);
    for (int i = 0; i < features.size(); i++) {
      out.add(zone(source + " feature " + i, features.get(i)));
    }
    return out;
  }

  private static ZoneArea zone(String where, GeoJsonFeature f) throws GeoDataException {
    String id = f.text("id");
    if (id == null || id.isBlank()) {
      throw new GeoDataException(where, -1, "zone without an 'id' property");
    }
    where = where + " (" + id + ")";
    try {
      ZoneKind kind = kind(f.text("kind"));
      Applicability applies =
          f.text("appliesTo") == null
              ? Applicability.ALL_TRACKS
              : Applicability.valueOf(f.text("appliesTo").trim().toUpperCase(Locale.ROOT));
      double ground = number(f, "groundElevationM", 0.0);
      double floor = limit(f.properties().get("floor"), ground, true, Double.NEGATIVE_INFINITY);
      double ceiling =
          limit(f.properties().get("ceiling"), ground, false, Double.POSITIVE_INFINITY);
      Zone zone = new Zone(id, f.text("name"), kind, applies, floor, ceiling, f.text("country"));
      return new ZoneArea(zone, area(where, f), schedule(f.properties().get("active")));
    } catch (IllegalArgumentException e) {
      throw new GeoDataException(where, -1, e.getMessage());
    }
  }

  private static Geometry area(String where, GeoJsonFeature f) throws GeoDataException {
    Geometry g = f.geometry();
    if (g instanceof Polygonal) {
      return g;
    }
    if (g instanceof Point) {
      double r = number(f, "radiusM", Double.NaN);
      if (Double.isNaN(r)) {
        r = number(f, "radiusNm", Double.NaN) * NM_M;
      }
      if (!(r > 0)) {
        throw new GeoDataException(where, -1, "a Point zone needs a positive radiusM or radiusNm");
      }
      Point p = (Point) g;
      return circle(GeoPoint.of(p.getY(), p.getX()), r, g.getFactory());
    }
    throw new GeoDataException(where, -1, "zone geometry must be a (Multi)Polygon or a Point");
  }

  /**
   * A geodesic circle as a polygon whose vertices lie on the circle, with enough of them (64 to
   * 4096) that no edge strays more than 0.5 m inside the circle.
   */
  public static Geometry circle(GeoPoint centre, double radiusM, GeometryFactory factory) {
    double half = Math.acos(Math.max(-1, 1 - CIRCLE_TOLERANCE_M / radiusM));
    int n = (int) Math.max(64, Math.min(4096, Math.ceil(Math.PI / half)));
    Coordinate[] cs = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      GeoPoint p = Wgs84.destination(centre, 360.0 * i / n, radiusM);
      cs[i] = new Coordinate(p.lonDeg(), p.latDeg());
    }
    cs[n] = cs[0];
    return factory.createPolygon(cs);
  }

  private static ActivationSchedule schedule(Object active) {
    if (active == null) {
      return ActivationSchedule.ALWAYS;
    }
    if (!(active instanceof List)) {
      throw new IllegalArgumentException("'active' must be an array of \"start/end\" intervals");
    }
    List<String> intervals = new ArrayList<>();
    for (Object o : (List<?>) active) {
      intervals.add(String.valueOf(o));
    }
    return ActivationSchedule.parse(intervals);
  }

  private static ZoneKind kind(String text) {
    if (text == null) {
      return ZoneKind.RESTRICTED;
    }
    String k = text.trim().toUpperCase(Locale.ROOT);
    switch (k) {
      case "P":
        return ZoneKind.PROHIBITED;
      case "R":
        return ZoneKind.RESTRICTED;
      case "Q":
      case "D":
        return ZoneKind.DANGER;
      default:
        return ZoneKind.valueOf(k);
    }
  }

  private static double limit(Object v, double ground, boolean lower, double dflt) {
    if (v == null) {
      return dflt;
    }
    if (v instanceof Double) {
      return (Double) v;
    }
    return VerticalLimit.parseM(v.toString(), ground, lower);
  }

  private static double number(GeoJsonFeature f, String key, double dflt) {
    Object v = f.properties().get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Double) {
      return (Double) v;
    }
    try {
      return Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number: '" + v + "'");
    }
  }
}
