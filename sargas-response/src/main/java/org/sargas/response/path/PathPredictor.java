package org.sargas.response.path;

import org.sargas.model.track.Track;

/** Predicts a threat's path from its last track estimate under one motion hypothesis. */
public interface PathPredictor {

  /**
   * @param track the threat's estimate; time zero of the path is {@code track.time()}
   * @param hypothesis how it flies on
   * @param horizonS how far ahead, seconds, &gt; 0
   * @param stepS sample spacing, seconds, &gt; 0 (the last sample is at the horizon or just past)
   * @param fallbackAltitudeM altitude used when the track has none (NaN), metres above the
   *     ellipsoid
   * @return the sampled path, first sample at the track position
   */
  PredictedPath predict(
      Track track,
      MotionHypothesis hypothesis,
      double horizonS,
      double stepS,
      double fallbackAltitudeM);
}
