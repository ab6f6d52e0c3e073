package org.sargas.airspace.coverage;

import java.util.Objects;
import org.sargas.model.sensor.Sensor;

/**
 * A sensor as coverage sees it.
 *
 * @param sensor the sensor (site height above the ellipsoid, taken as height above ground: terrain
 *     is ignored)
 * @param minElevationDeg the lowest elevation it looks at, degrees (NaN: no limit)
 */
public record SensorCoverageSpec(Sensor sensor, double minElevationDeg) {
  public SensorCoverageSpec {
    Objects.requireNonNull(sensor, "sensor");
  }

  /** A sensor without an elevation limit. */
  public static SensorCoverageSpec of(Sensor sensor) {
    return new SensorCoverageSpec(sensor, Double.NaN);
  }
}
