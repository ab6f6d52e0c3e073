package org.sargas.track.lifecycle;

import org.sargas.model.track.TrackState;
import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.TrackFilter;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;

/**
 * Single-point initiation with M-of-N confirmation across sensors. A tentative track starts at a
 * position detection with zero velocity and a velocity standard deviation of {@code maxSpeed / 3}
 * per axis (so the second detection, anywhere reachable, updates it into a two-point velocity
 * estimate). It is confirmed once it has M hits within its first N opportunities, where the
 * opportunities are the looks of all sensors covering its initial position ({@code 1 + round(age ·
 * Σ 1/period)}, see {@link LiveTrack#opportunityRateHz}; else its shortest sensor period); it is
 * abandoned once M can no longer be reached. Immutable.
 */
public final class MOfNInitiator implements Initiator {
  private final int m;
  private final int n;
  private final TrackFilter filter;
  private final double initialVelocityVariance;
  private final double initialTurnRateVariance;

  /**
   * @param m hits needed
   * @param n opportunities allowed (n >= m)
   * @param filter the filter new tracks run
   * @param maxSpeedMps largest plausible target speed, m/s
   * @param turnRateSigmaRadPerS initial 1-σ of the turn rate (state component 4, if any), rad/s
   */
  public MOfNInitiator(
      int m, int n, TrackFilter filter, double maxSpeedMps, double turnRateSigmaRadPerS) {
    if (m < 1 || n < m) {
      throw new IllegalArgumentException("need 1 <= m <= n: m=" + m + " n=" + n);
    }
    this.m = m;
    this.n = n;
    this.filter = filter;
    double s = maxSpeedMps / 3.0;
    this.initialVelocityVariance = s * s;
    this.initialTurnRateVariance = turnRateSigmaRadPerS * turnRateSigmaRadPerS;
  }

  @Override
  public LiveTrack initiate(Detection d, long sequence) {
    if (d.kind != DetectionKind.POSITION) {
      return null;
    }
    LiveTrack t = new LiveTrack(sequence, filter.newState(), d.timeS);
    GaussianState s = t.state.combined;
    int dim = s.dimension();
    s.timeS = d.timeS;
    s.x[GaussianState.EAST] = d.eastM;
    s.x[GaussianState.NORTH] = d.northM;
    s.p[GaussianState.EAST * dim + GaussianState.EAST] = d.varEastM2;
    s.p[GaussianState.NORTH * dim + GaussianState.NORTH] = d.varNorthM2;
    s.p[GaussianState.EAST * dim + GaussianState.NORTH] = d.covEastNorthM2;
    s.p[GaussianState.NORTH * dim + GaussianState.EAST] = d.covEastNorthM2;
    s.p[GaussianState.VEAST * dim + GaussianState.VEAST] = initialVelocityVariance;
    s.p[GaussianState.VNORTH * dim + GaussianState.VNORTH] = initialVelocityVariance;
    for (int i = 4; i < dim; i++) {
      s.p[i * dim + i] = initialTurnRateVariance;
    }
    filter.initialise(t.state);
    t.hits = 1;
    return t;
  }

  @Override
  public TrackState review(LiveTrack t, double nowS) {
    double rate = t.opportunityRateHz > 0 ? t.opportunityRateHz : 1.0 / t.shortestPeriodS();
    long opportunities = 1 + Math.round((nowS - t.initTimeS) * rate);
    if (t.hits >= m && opportunities <= n) {
      return TrackState.CONFIRMED;
    }
    long remaining = n - opportunities;
    if (t.hits + Math.max(0, remaining) < m) {
      return TrackState.DROPPED;
    }
    return TrackState.TENTATIVE;
  }
}
