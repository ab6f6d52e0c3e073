package org.sargas.airspace.geojson;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as a GeoJSON FeatureCollection. Coordinates are written with {@link
 * Double#toString(double)}, the shortest text that reads back to the same double, so a read/write
 * round trip keeps full resolution. Property values may be String, Number, Boolean or null.
 * Stateless and thread-safe.
 */
public final class GeoJsonWriter {

  /** Appends {@code features} as one FeatureCollection (one feature per line) to {@code out}. */
  public void write(List<GeoJsonFeature> features, Appendable out) throws IOException {
    out.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < features.size(); i++) {
      GeoJsonFeature f = features.get(i);
      out.append("{\"type\":\"Feature\",\"properties\":{");
      Iterator<Map.Entry<String, Object>> it = f.properties().entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Object> e = it.next();
        string(e.getKey(), out);
        out.append(':');
        value(e.getValue(), out);
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append("},\"geometry\":");
      geometry(f.geometry(), out);
      out.append(i + 1 < features.size() ? "},\n" : "}\n");
    }
    out.append("]}\n");
  }

  private static void value(Object v, Appendable out) throws IOException {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v.toString());
    } else {
      string(v.toString(), out);
    }
  }

  private static void string(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void geometry(Geometry g, Appendable out) throws IOException {
    if (g instanceof Point) {
      out.append("{\"type\":\"Point\",\"coordinates\":");
      position(((Point) g).getCoordinate(), out);
    } else if (g instanceof LineString) {
      out.append("{\"type\":\"LineString\",\"coordinates\":");
      positions(((LineString) g).getCoordinates(), out);
    } else if (g instanceof Polygon) {
      out.append("{\"type\":\"Polygon\",\"coordinates\":");
      polygon((Polygon) g, out);
    } else if (g instanceof MultiPolygon) {
      out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (i > 0) {
          out.append(',');
        }
        polygon((Polygon) g.getGeometryN(i), out);
      }
      out.append(']');
    } else if (g instanceof MultiLineString) {
      out.append("{\"type\":\"MultiLineString\",\"coordinates\":[");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (i > 0) {
          out.append(',');
        }
        positions(g.getGeometryN(i).getCoordinates(), out);
      }
      out.append(']');
    } else if (g instanceof MultiPoint) {
      out.append("{\"type\":\"MultiPoint\",\"coordinates\":");
      positions(g.getCoordinates(), out);
    } else if (g instanceof GeometryCollection) {
      out.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (i > 0) {
          out.append(',');
        }
        geometry(g.getGeometryN(i), out);
      }
      out.append("]}");
      return;
    } else {
      throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
    }
    out.append('}');
  }

  private static void polygon(Polygon p, Appendable out) throws IOException {
    out.append('[');
    positions(p.getExteriorRing().getCoordinates(), out);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      out.append(',');
      positions(p.getInteriorRingN(i).getCoordinates(), out);
    }
    out.append(']');
  }

  private static void positions(Coordinate[] cs, Appendable out) throws IOException {
    out.append('[');
    for (int i = 0; i < cs.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      position(cs[i], out);
    }
    out.append(']');
  }

  private static void position(Coordinate c, Appendable out) throws IOException {
    out.append('[').append(Double.toString(c.x)).append(',').append(Double.toString(c.y));
    if (!Double.isNaN(c.getZ())) {
      out.append(',').append(Double.toString(c.getZ()));
    }
    out.append(']');
  }
}
