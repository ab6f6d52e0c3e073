package org.sargas.track.lifecycle;

import org.sargas.model.track.TrackState;

/** Decides when a confirmed track coasts and when it is dropped. */
public interface Deleter {

  /** The life-cycle state of the confirmed or coasting track {@code t} at {@code nowS}. */
  TrackState review(LiveTrack t, double nowS);
}
