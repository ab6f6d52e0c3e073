package org.sargas.model.sensor;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * A sensor at a fixed site.
 *
 * @param id unique sensor identifier (e.g. {@code "LT-PSR-1"}; for ASTERIX, {@code "SAC/SIC"})
 * @param name human-readable name
 * @param kind what it measures
 * @param site antenna position (altitude above the ellipsoid)
 * @param maxRangeM instrumented range in metres (coverage ring)
 * @param updatePeriodS nominal time between reports of one target in seconds (antenna rotation
 *     period for a radar); a feed silent for two periods is shown as down
 */
public record Sensor(
    String id,
    String name,
    SensorKind kind,
    GeoPoint site,
    double maxRangeM,
    double updatePeriodS) {
  public Sensor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(site, "site");
    if (!(maxRangeM > 0)) {
      throw new IllegalArgumentException("maxRangeM must be positive: " + maxRangeM);
    }
    if (!(updatePeriodS > 0)) {
      throw new IllegalArgumentException("updatePeriodS must be positive: " + updatePeriodS);
    }
    name = name == null ? id : name;
  }
}
