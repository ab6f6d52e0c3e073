package org.sargas.airspace.geojson;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: its geometry (x = longitude degrees, y = latitude degrees, WGS84) and its
 * properties as parsed JSON values (String, Double, Boolean, null, List, Map).
 *
 * @param properties the feature's {@code properties} member (empty when absent or null)
 * @param geometry the feature's geometry
 */
public record GeoJsonFeature(Map<String, Object> properties, Geometry geometry) {
  public GeoJsonFeature {
    properties = properties == null ? Map.of() : properties;
    Objects.requireNonNull(geometry, "geometry");
  }

  /** A property as text (numbers and booleans converted), or null when absent. */
  public String text(String key) {
    Object v = properties.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Double) {
      double d = (Double) v;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    return v.toString();
  }
}
