package org.sargas.track.lifecycle;

import org.sargas.model.track.TrackState;
import org.sargas.track.filter.GaussianState;

/**
 * Coasts a confirmed track after {@code coastPeriods} update periods without a detection, drops it
 * after {@code dropPeriods} (periods of the sensors that have seen it: see {@link
 * LiveTrack#silencePeriods}) or when its worst-axis position standard deviation exceeds {@code
 * maxSigmaM}. Immutable.
 */
public final class SilenceDeleter implements Deleter {
  private final double coastPeriods;
  private final double dropPeriods;
  private final double maxVarianceM2;

  public SilenceDeleter(double coastPeriods, double dropPeriods, double maxSigmaM) {
    this.coastPeriods = coastPeriods;
    this.dropPeriods = dropPeriods;
    this.maxVarianceM2 = maxSigmaM * maxSigmaM;
  }

  @Override
  public TrackState review(LiveTrack t, double nowS) {
    double silence = t.silencePeriods(nowS);
    if (silence > dropPeriods) {
      return TrackState.DROPPED;
    }
    GaussianState s = t.state.combined;
    if (s.variance(GaussianState.EAST) + s.variance(GaussianState.NORTH) > 2 * maxVarianceM2) {
      return TrackState.DROPPED;
    }
    return silence > coastPeriods ? TrackState.COASTING : TrackState.CONFIRMED;
  }
}
