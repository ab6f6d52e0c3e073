package org.sargas.track.lifecycle;

import java.time.Instant;
import java.util.Arrays;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TrackState;
import org.sargas.track.classification.ClassificationState;
import org.sargas.track.filter.AltitudeEstimate;
import org.sargas.track.filter.FilterState;
import org.sargas.track.filter.SmoothingWindow;

/**
 * The tracker's mutable record of one track: filter state, altitude filter, life cycle, identity
 * and the sensors that have seen it. Owned by the tracker's thread.
 */
public final class LiveTrack {
  private static final int MAX_SENSORS = 4;

  /** Creation sequence number (unique, ascending), also the tie-breaker for determinism. */
  public final long sequence;

  /** Public track number, assigned at confirmation (0 while tentative). */
  public long number;

  /** Public track id (null while tentative). */
  public String id;

  /**
   * Horizontal filter state in the region frame (replaced when the filter changes at confirmation).
   */
  public FilterState state;

  /** Life-cycle state. */
  public TrackState lifecycle = TrackState.TENTATIVE;

  /** Event time of the first detection, s. */
  public final double initTimeS;

  /** Event time of the last update, s. */
  public double lastUpdateS;

  /**
   * Expected sensor looks per second at the track's initial position (sum of 1/period over the
   * sensors covering it); M-of-N counts opportunities with it.
   */
  public double opportunityRateHz;

  /** Number of detections associated (including the initiating one). */
  public int hits;

  /** Fused identity. */
  public Identity identity = Identity.NONE;

  /** Current classification. */
  public Classification classification = Classification.UNKNOWN;

  /** What the classification remembers of the track (null until it is first classified). */
  public ClassificationState classificationState;

  /** Altitude filter. */
  public final AltitudeEstimate altitude = new AltitudeEstimate();

  /**
   * The fixed-lag smoother's window of recent updates, labelled with their event times (null while
   * tentative, or when the tracker does not smooth).
   */
  public SmoothingWindow<Instant> smoothing;

  /** Event time of the filter state (the last update) as an instant. */
  public Instant stateTime;

  /**
   * Whether another tracker's track report started this track: it is confirmed by the number of
   * those reports ({@code TrackerConfig#systemTrackConfirmUpdates}), not by the initiator.
   */
  public boolean startedBySystemTrack;

  /** Scratch for the tracker: changed in the current call. */
  public boolean changed;

  /** Scratch for the tracker: updated in the current call. */
  public boolean updatedThisCall;

  private final int[] sensorSlots = new int[MAX_SENSORS];
  private final double[] sensorLastHitS = new double[MAX_SENSORS];
  private final double[] sensorPeriodS = new double[MAX_SENSORS];
  private int sensorCount;

  public LiveTrack(long sequence, FilterState state, double initTimeS) {
    this.sequence = sequence;
    this.state = state;
    this.initTimeS = initTimeS;
    this.lastUpdateS = initTimeS;
    Arrays.fill(sensorSlots, -1);
  }

  /**
   * Records a hit by sensor {@code slot} (nominal update period {@code periodS}) at {@code timeS}.
   * A sensor not already counted in {@link #opportunityRateHz} (an unregistered one, whose coverage
   * is unknown) adds its rate there on its first hit.
   */
  public void recordHit(int slot, double periodS, double timeS, boolean inCoverageRate) {
    for (int i = 0; i < sensorCount; i++) {
      if (sensorSlots[i] == slot) {
        sensorLastHitS[i] = Math.max(sensorLastHitS[i], timeS);
        return;
      }
    }
    if (!inCoverageRate) {
      opportunityRateHz += 1.0 / periodS;
    }
    int i = sensorCount < MAX_SENSORS ? sensorCount++ : oldestSensor();
    sensorSlots[i] = slot;
    sensorLastHitS[i] = timeS;
    sensorPeriodS[i] = periodS;
  }

  private int oldestSensor() {
    int o = 0;
    for (int i = 1; i < sensorCount; i++) {
      if (sensorLastHitS[i] < sensorLastHitS[o]) {
        o = i;
      }
    }
    return o;
  }

  /**
   * Silence measured in update periods: the smallest, over the sensors that have seen the track, of
   * (time since that sensor's last hit) / (its period). A transponder that falls silent stops
   * counting as soon as another sensor still sees the track.
   */
  public double silencePeriods(double nowS) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < sensorCount; i++) {
      best = Math.min(best, (nowS - sensorLastHitS[i]) / sensorPeriodS[i]);
    }
    return best;
  }

  /** Shortest update period among the sensors that have seen the track, s. */
  public double shortestPeriodS() {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < sensorCount; i++) {
      best = Math.min(best, sensorPeriodS[i]);
    }
    return best;
  }

  /** Number of distinct sensors that have seen the track (at most 4 remembered). */
  public int sensorCount() {
    return sensorCount;
  }

  /** Whether the track is confirmed or coasting (shown to operators). */
  public boolean isConfirmed() {
    return lifecycle == TrackState.CONFIRMED || lifecycle == TrackState.COASTING;
  }
}
