package org.sargas.store.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Decides which track estimates go into the history: the first of each track, any whose state
 * differs from the last stored one, and otherwise at most one per interval (by event time). A
 * DROPPED track is stored and forgotten. Not thread-safe; the store calls it under its write lock.
 */
final class TrackDownsampler {
  private final Duration interval;
  private final Map<String, Instant> lastTime = new HashMap<>();
  private final Map<String, TrackState> lastState = new HashMap<>();

  TrackDownsampler(Duration interval) {
    this.interval = interval;
  }

  /** Whether to store {@code t}; records it as stored if so. */
  boolean keep(Track t) {
    Instant last = lastTime.get(t.trackId());
    boolean keep =
        last == null
            || lastState.get(t.trackId()) != t.state()
            || !t.time().isBefore(last.plus(interval));
    if (t.state() == TrackState.DROPPED) {
      lastTime.remove(t.trackId());
      lastState.remove(t.trackId());
    } else if (keep) {
      lastTime.put(t.trackId(), t.time());
      lastState.put(t.trackId(), t.state());
    }
    return keep;
  }

  /** Forgets a decision after a failed write, so the next estimate is stored instead. */
  void forget(String trackId) {
    lastTime.remove(trackId);
    lastState.remove(trackId);
  }
}
