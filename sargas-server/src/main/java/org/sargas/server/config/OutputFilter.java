package org.sargas.server.config;

import java.util.List;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;

/**
 * Which tracks an output sends; every given criterion must hold (an absent one lets all through).
 *
 * @param bbox {@code [minLatDeg, minLonDeg, maxLatDeg, maxLonDeg]}, or null
 * @param polygon the area as {@code [latDeg, lonDeg]} vertices (at least 3; closed implicitly), or
 *     null
 * @param classes the classes sent, or empty for all
 * @param identities the STANAG 1241 standard identities sent, or empty for all
 */
public record OutputFilter(
    List<Double> bbox,
    List<List<Double>> polygon,
    List<TargetClass> classes,
    List<StandardIdentity> identities) {
  public OutputFilter {
    if (bbox != null && bbox.size() != 4) {
      throw new ConfigException("filter.bbox needs [minLat, minLon, maxLat, maxLon]");
    }
    if (bbox != null && (bbox.get(0) > bbox.get(2) || bbox.get(1) > bbox.get(3))) {
      throw new ConfigException("filter.bbox: min above max in " + bbox);
    }
    if (polygon != null) {
      if (polygon.size() < 3) {
        throw new ConfigException("filter.polygon needs at least 3 [lat, lon] vertices");
      }
      for (List<Double> v : polygon) {
        if (v == null || v.size() != 2) {
          throw new ConfigException("filter.polygon: each vertex is [lat, lon], not " + v);
        }
      }
      polygon = List.copyOf(polygon);
    }
    bbox = bbox == null ? null : List.copyOf(bbox);
    classes = classes == null ? List.of() : List.copyOf(classes);
    identities = identities == null ? List.of() : List.copyOf(identities);
  }

  /** Lets every track through. */
  public static final OutputFilter ALL = new OutputFilter(null, null, null, null);
}
