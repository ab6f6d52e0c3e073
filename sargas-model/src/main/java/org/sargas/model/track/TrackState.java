package org.sargas.model.track;

/** Life-cycle state of a track. */
public enum TrackState {
  /** Initiated from a few plots; not yet shown to operators as real. */
  TENTATIVE,
  /** Confirmed by enough associated plots (M of N). */
  CONFIRMED,
  /** Confirmed but missed on recent scans: predicted forward, not updated. */
  COASTING,
  /** Deleted; reported once so consumers can remove it. */
  DROPPED
}
