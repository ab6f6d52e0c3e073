package org.sargas.server.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.sensor.Sensor;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.track.TrackerConfig;

/** The {@link PipelineSetup} of a node (serve, demo, replay) from its configuration. */
public final class NodePipelineSetup {
  private NodePipelineSetup() {}

  /**
   * @throws ConfigException naming what in the region cannot be built (unknown country, zone file)
   */
  public static PipelineSetup of(ServeConfig config, CountryBorders borders) {
    WatchedAirspace watched;
    try {
      watched = WatchedAirspace.of(config.region(), borders);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("region: " + e.getMessage());
    }
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    for (SensorConfig s : config.sensors()) {
      sensors.put(s.id(), s.toSensor());
    }
    LocalTangentPlane plane =
        new LocalTangentPlane(GeoPoint.of(config.region().originLatDeg(), config.region().originLonDeg()));
    return new PipelineSetup(plane, sensors, borders, watched.zones(), watched.airports(),
        TrackerConfig.defaults(), null, null, config.pipeline().gate());
  }
}
