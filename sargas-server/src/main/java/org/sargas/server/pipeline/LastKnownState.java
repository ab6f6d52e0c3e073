package org.sargas.server.pipeline;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.track.Track;

/**
 * Where a track of interest was last measured: the start of any search for an aircraft that was
 * lost (e.g. a drone that came down unseen).
 *
 * @param trackId the track
 * @param lastUpdate its last update from a measurement (state {@code CONFIRMED}; coasting
 *     predictions and the drop report are not measurements): event time, position, velocity,
 *     covariance, classification
 * @param droppedAt event time at which the tracker dropped the track, or null if it was still held
 *     at the end of the run
 */
public record LastKnownState(String trackId, Track lastUpdate, Instant droppedAt) {
  public LastKnownState {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(lastUpdate, "lastUpdate");
  }

  /** Whether the tracker lost (dropped) the track before the end of the run. */
  public boolean lost() {
    return droppedAt != null;
  }
}
