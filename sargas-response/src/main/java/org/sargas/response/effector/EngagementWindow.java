package org.sargas.response.effector;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * The first stretch of a threat's predicted path on which an effector can engage it (inside its
 * envelope, after its reaction and fly-out time, outside every keep-out area), to the resolution of
 * the path's sampling.
 *
 * @param start first moment of the window (event time)
 * @param end last moment of the window
 * @param startPoint predicted target position at the start (the planned engagement point)
 * @param endPoint predicted target position at the end
 */
public record EngagementWindow(Instant start, Instant end, GeoPoint startPoint, GeoPoint endPoint) {

  public EngagementWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(startPoint, "startPoint");
    Objects.requireNonNull(endPoint, "endPoint");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window ends before it starts");
    }
  }
}
