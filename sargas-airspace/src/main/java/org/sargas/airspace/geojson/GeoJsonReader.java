package org.sargas.airspace.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads GeoJSON (RFC 7946) into {@link GeoJsonFeature}s. Accepts a FeatureCollection, a single
 * Feature or a bare geometry; supports Point, MultiPoint, LineString, MultiLineString, Polygon,
 * MultiPolygon and GeometryCollection. Positions are [longitude, latitude(, altitude)] in degrees;
 * the altitude, if any, is kept as the coordinate's z. Rings must have at least four positions and
 * be closed. Stateless and thread-safe.
 */
public final class GeoJsonReader {
  private final GeometryFactory factory;

  /** A reader building geometries with {@code factory}. */
  public GeoJsonReader(GeometryFactory factory) {
    this.factory = factory;
  }

  /** A reader with a default (floating precision, SRID 4326) geometry factory. */
  public GeoJsonReader() {
    this(new GeometryFactory(new PrecisionModel(), 4326));
  }

  /**
   * All features of a GeoJSON text.
   *
   * @param source name of the file or resource, used in error messages
   * @throws GeoDataException when the text is not JSON or not valid GeoJSON
   */
  public List<GeoJsonFeature> read(String source, String text) throws GeoDataException {
    Object root = JsonTreeReader.parse(source, text);
    if (!(root instanceof Map)) {
      throw new GeoDataException(source, 0, "top-level JSON value is not an object");
    }
    Map<String, Object> obj = asMap(root);
    String type = type(source, obj, "top-level object");
    List<GeoJsonFeature> out = new ArrayList<>();
    switch (type) {
      case "FeatureCollection":
        Object features = obj.get("features");
        if (!(features instanceof List)) {
          throw new GeoDataException(source, -1, "FeatureCollection without a 'features' array");
        }
        int i = 0;
        for (Object f : (List<?>) features) {
          if (!(f instanceof Map)) {
            throw new GeoDataException(source, -1, "features[" + i + "] is not an object");
          }
          GeoJsonFeature feature = feature(source + " features[" + i + "]", asMap(f));
          if (feature != null) {
            out.add(feature);
          }
          i++;
        }
        break;
      case "Feature":
        GeoJsonFeature feature = feature(source, obj);
        if (feature != null) {
          out.add(feature);
        }
        break;
      default:
        out.add(new GeoJsonFeature(Map.of(), geometry(source, obj)));
    }
    return out;
  }

  /** A feature; null when its geometry is null (allowed by RFC 7946, nothing to monitor). */
  private GeoJsonFeature feature(String where, Map<String, Object> obj) throws GeoDataException {
    if (!"Feature".equals(obj.get("type"))) {
      throw new GeoDataException(where, -1, "expected type 'Feature', found " + obj.get("type"));
    }
    Object g = obj.get("geometry");
    if (g == null) {
      return null;
    }
    if (!(g instanceof Map)) {
      throw new GeoDataException(where, -1, "'geometry' is not an object");
    }
    Object props = obj.get("properties");
    if (props != null && !(props instanceof Map)) {
      throw new GeoDataException(where, -1, "'properties' is not an object");
    }
    return new GeoJsonFeature(props == null ? null : asMap(props), geometry(where, asMap(g)));
  }

  private Geometry geometry(String where, Map<String, Object> obj) throws GeoDataException {
    String type = type(where, obj, "geometry");
    if ("GeometryCollection".equals(type)) {
      Object gs = obj.get("geometries");
      if (!(gs instanceof List)) {
        throw new GeoDataException(where, -1, "GeometryCollection without 'geometries'");
      }
      List<?> list = (List<?>) gs;
      Geometry[] parts = new Geometry[list.size()];
      for (int i = 0; i < parts.length; i++) {
        if (!(list.get(i) instanceof Map)) {
          throw new GeoDataException(where, -1, "geometries[" + i + "] is not an object");
        }
        parts[i] = geometry(where, asMap(list.get(i)));
      }
      return factory.createGeometryCollection(parts);
    }
    Object c = obj.get("coordinates");
    if (c == null) {
      throw new GeoDataException(where, -1, type + " without 'coordinates'");
    }
    switch (type) {
      case "Point":
        return factory.createPoint(position(where, c));
      case "MultiPoint":
        {
          List<?> list = list(where, c, "MultiPoint coordinates");
          Point[] pts = new Point[list.size()];
          for (int i = 0; i < pts.length; i++) {
            pts[i] = factory.createPoint(position(where, list.get(i)));
          }
          return factory.createMultiPoint(pts);
        }
      case "LineString":
        return lineString(where, c);
      case "MultiLineString":
        {
          List<?> list = list(where, c, "MultiLineString coordinates");
          LineString[] lines = new LineString[list.size()];
          for (int i = 0; i < lines.length; i++) {
            lines[i] = lineString(where, list.get(i));
          }
          return factory.createMultiLineString(lines);
        }
      case "Polygon":
        return polygon(where, c);
      case "MultiPolygon":
        {
          List<?> list = list(where, c, "MultiPolygon coordinates");
          Polygon[] polys = new Polygon[list.size()];
          for (int i = 0; i < polys.length; i++) {
            polys[i] = polygon(where, list.get(i));
          }
          return factory.createMultiPolygon(polys);
        }
      default:
        throw new GeoDataException(where, -1, "unknown geometry type '" + type + "'");
    }
  }

  private LineString lineString(String where, Object c) throws GeoDataException {
    Coordinate[] cs = positions(where, c);
    if (cs.length < 2) {
      throw new GeoDataException(where, -1, "LineString with fewer than 2 positions");
    }
    return factory.createLineString(cs);
  }

  private Polygon polygon(String where, Object c) throws GeoDataException {
    List<?> rings = list(where, c, "Polygon coordinates");
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing shell = ring(where, rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(where, rings.get(i));
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(String where, Object c) throws GeoDataException {
    Coordinate[] cs = positions(where, c);
    if (cs.length < 4) {
      throw new GeoDataException(where, -1, "polygon ring with fewer than 4 positions");
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw new GeoDataException(where, -1, "polygon ring not closed (first != last position)");
    }
    return factory.createLinearRing(cs);
  }

  private Coordinate[] positions(String where, Object c) throws GeoDataException {
    List<?> list = list(where, c, "position array");
    Coordinate[] cs = new Coordinate[list.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = position(where, list.get(i));
    }
    return cs;
  }

  private static Coordinate position(String where, Object p) throws GeoDataException {
    if (!(p instanceof double[])) {
      throw new GeoDataException(where, -1, "a position must be an array of numbers");
    }
    double[] d = (double[]) p;
    if (d.length < 2) {
      throw new GeoDataException(where, -1, "a position needs longitude and latitude");
    }
    double lon = d[0];
    double lat = d[1];
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new GeoDataException(where, -1, "position out of range: [" + lon + ", " + lat + "]");
    }
    return d.length > 2 ? new Coordinate(lon, lat, d[2]) : new Coordinate(lon, lat);
  }

  private static List<?> list(String where, Object c, String what) throws GeoDataException {
    if (!(c instanceof List)) {
      throw new GeoDataException(where, -1, what + " is not an array of arrays");
    }
    return (List<?>) c;
  }

  private static String type(String where, Map<String, Object> obj, String what)
      throws GeoDataException {
    Object t = obj.get("type");
    if (!(t instanceof String)) {
      throw new GeoDataException(where, -1, what + " without a 'type' string");
    }
    return (String) t;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }
}
