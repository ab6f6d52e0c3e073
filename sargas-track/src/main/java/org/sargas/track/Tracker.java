package org.sargas.track;

import java.time.Instant;
import java.util.List;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.TrackBatch;

/**
 * A multi-target tracker: one owner thread feeds it observations in event-time order.
 *
 * <p>Contract: {@link #process} sorts the observations of one call by (event time, sensor id) and
 * processes them in that order, so the result does not depend on the order of the list. Calls must
 * come with non-decreasing {@code scanTime}; observations older than the tracker's lag window are
 * counted and ignored. Not thread-safe: state belongs to the caller's thread.
 */
public interface Tracker {

  /**
   * Processes the observations of one scan (a time slice; observations inside it may come from
   * several asynchronous sensors with different event times, none later than {@code scanTime}).
   *
   * @param scanTime event time the slice ends at; life-cycle decisions (coasting, deletion) are
   *     taken at this time
   * @param observations the slice's observations, any order
   * @return the tracks changed by this call (updated, confirmed, coasting or dropped), in ascending
   *     track-id order
   */
  TrackBatch process(Instant scanTime, List<Observation> observations);
}
