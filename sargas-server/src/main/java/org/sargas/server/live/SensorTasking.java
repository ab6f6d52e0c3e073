package org.sargas.server.live;

import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * Sends tasks to sensors that take them (SAPIENT nodes connected to this node's decision-making
 * module). Thread-safe; called from API threads.
 */
public interface SensorTasking {
  /** What became of a task. */
  enum Outcome {
    /** Written to the node's connection (its TaskAck arrives later and is counted). */
    SENT,
    /** No sensor of that id takes tasks here. */
    UNKNOWN_SENSOR,
    /** The sensor takes tasks but its node is not connected (or has not registered). */
    NOT_CONNECTED
  }

  /**
   * @param outcome what happened
   * @param taskId the task's ULID when sent, else null
   */
  record Result(Outcome outcome, String taskId) {}

  /** Tasks the sensor to look at an area (polygon vertices, at least 3). */
  Result lookAt(String sensorId, List<GeoPoint> area);

  /**
   * Tasks the sensor to follow a track.
   *
   * @param lastPosition the track's last position (the area of interest is a square around it)
   */
  Result follow(String sensorId, String trackId, GeoPoint lastPosition);

  /** No sensor takes tasks. */
  SensorTasking NONE =
      new SensorTasking() {
        @Override
        public Result lookAt(String sensorId, List<GeoPoint> area) {
          return new Result(Outcome.UNKNOWN_SENSOR, null);
        }

        @Override
        public Result follow(String sensorId, String trackId, GeoPoint lastPosition) {
          return new Result(Outcome.UNKNOWN_SENSOR, null);
        }
      };
}
