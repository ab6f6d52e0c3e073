package org.sargas.airspace.csv;

import java.util.List;
import org.sargas.model.track.Track;

/**
 * What a track CSV file held.
 *
 * @param updates the usable rows as track updates, sorted by time then track id
 * @param failures the rows that were not usable, in file order
 */
public record TrackCsv(List<Track> updates, List<InputFailure> failures) {
  public TrackCsv {
    updates = List.copyOf(updates);
    failures = List.copyOf(failures);
  }
}
