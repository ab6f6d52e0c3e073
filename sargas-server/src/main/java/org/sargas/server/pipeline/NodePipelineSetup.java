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
   * A set-up whose tracker numbers tracks from T0000001 (replays of a journal into a fresh store).
   *
   * @throws ConfigException naming what in the region cannot be built (unknown country, zone file)
   */
  public static PipelineSetup of(ServeConfig config, CountryBorders borders) {
    return of(config, borders, null);
  }

  /**
   * @param greatestTrackId the greatest track id the node's store already names (null: none); new
   *     tracks are numbered after it, so a restarted node never reuses an id an incident names
   * @throws ConfigException naming what in the region cannot be built (unknown country, zone file)
   */
  public static PipelineSetup of(
      ServeConfig config, CountryBorders borders, String greatestTrackId) {
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
        new LocalTangentPlane(
            GeoPoint.of(config.region().originLatDeg(), config.region().originLonDeg()));
    return new PipelineSetup(
        plane,
        sensors,
        borders,
        watched.zones(),
        watched.airports(),
        TrackerConfig.defaults().toBuilder()
            .firstTrackNumber(nextTrackNumber(greatestTrackId))
            .build(),
        null,
        null,
        config.pipeline().gate(),
        identification(config),
        config.pipeline().sectors().toSettings());
  }

  private static org.sargas.pipeline.identity.IdentificationCriteria identification(
      ServeConfig config) {
    try {
      return config.identity().toCriteria(null);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("identity: " + e.getMessage());
    }
  }

  /**
   * The number after that of a track id of the form {@code T<digits>} (1 when none or another
   * form).
   */
  static long nextTrackNumber(String trackId) {
    if (trackId == null || trackId.length() < 2 || trackId.charAt(0) != 'T') {
      return 1;
    }
    try {
      return Long.parseLong(trackId.substring(1)) + 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
