package org.sargas.track.lifecycle;

import org.sargas.model.track.TrackState;
import org.sargas.track.measurement.Detection;

/**
 * Starts tentative tracks from detections no track claimed, and decides when a tentative track is
 * confirmed or abandoned.
 */
public interface Initiator {

  /**
   * A new tentative track from {@code d}, or null if this initiator cannot start one from it (e.g.
   * a single bearing).
   */
  LiveTrack initiate(Detection d, long sequence);

  /**
   * Reviews a tentative track at {@code nowS}: returns {@code CONFIRMED}, {@code TENTATIVE} (wait)
   * or {@code DROPPED} (abandon).
   */
  TrackState review(LiveTrack t, double nowS);
}
