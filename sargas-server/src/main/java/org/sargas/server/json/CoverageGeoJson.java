package org.sargas.server.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.airspace.coverage.CoverageArea;
import org.sargas.airspace.coverage.DetectionCoverage;
import org.sargas.airspace.coverage.SensorCoverageSpec;
import org.sargas.airspace.geojson.GeoJsonFeature;
import org.sargas.airspace.geojson.GeoJsonWriter;

/**
 * Detection coverage at one altitude as GeoJSON (served by {@code GET /api/coverage} and written by
 * {@code sargas coverage}): one feature per sensor, then the fused layer ({@code sensorId} {@code
 * FUSED}), properties {@code sensorId, kind, altitudeM, rangeM, limitedBy, cooperativeOnly}.
 */
public final class CoverageGeoJson {
  private CoverageGeoJson() {}

  /** The FeatureCollection. */
  public static String of(List<SensorCoverageSpec> sensors, double altitudeM) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (CoverageArea c : new DetectionCoverage().all(sensors, altitudeM)) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("sensorId", c.sensorId());
      p.put("kind", c.kind() == null ? null : c.kind().name());
      p.put("altitudeM", altitudeM);
      p.put("rangeM", Double.isFinite(c.rangeM()) ? Math.round(c.rangeM()) : null);
      p.put("limitedBy", c.limit().name());
      p.put("cooperativeOnly", c.cooperativeOnly());
      features.add(new GeoJsonFeature(p, c.area()));
    }
    StringBuilder out = new StringBuilder();
    try {
      new GeoJsonWriter().write(features, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
