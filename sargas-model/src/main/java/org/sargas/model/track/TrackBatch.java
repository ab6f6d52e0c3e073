package org.sargas.model.track;

import java.time.Instant;
import java.util.List;

/**
 * The tracks a tracker emitted after processing one scan: every track updated, coasted, confirmed
 * or dropped at {@code scanTime}.
 *
 * @param scanTime event time of the scan
 * @param tracks the changed tracks, in ascending track-id order (deterministic)
 */
public record TrackBatch(Instant scanTime, List<Track> tracks) {
  public TrackBatch {
    tracks = List.copyOf(tracks);
  }
}
