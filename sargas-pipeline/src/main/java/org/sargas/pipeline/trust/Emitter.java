package org.sargas.pipeline.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.model.track.TrustAssessment;
import org.sargas.model.track.TrustReason;

/**
 * What the trust stage remembers of one cooperative emitter (an ADS-B address or a Remote ID
 * serial): an alpha-beta estimate of its motion in the region frame, its recent innovations,
 * declared integrity, radar looks and flags. Mutable; owned by one {@link TrustStage}.
 */
final class Emitter {
  /** Alpha-beta gains of the motion estimate (reports about 1 s apart). */
  private static final double ALPHA = 0.5;

  private static final double BETA = 0.2;

  /** A gap longer than this restarts the motion estimate, s. */
  static final double RESTART_GAP_S = 30;

  /** Remote ID positions kept for the replay check. */
  static final int POSITION_MEMORY = 256;

  final String key;
  final boolean drone;
  String mode3a;

  long timeNanos;
  long firstSeenNanos;
  double eastM;
  double northM;
  double upM;
  double velocityEastMps;
  double velocityNorthMps;
  int reports;
  double declaredSigmaM = Double.NaN;
  boolean goodIntegritySeen;
  boolean collapsed;

  final double[] innovation2;
  int innovationCount;
  int innovationNext;

  /** Per radar slot: when the emitter came into its coverage (continuously), epoch ns, or -1. */
  long[] coveredSinceNanos;

  /** Per radar slot: the last confirming plot, epoch ns, or -1. */
  long[] confirmedNanos;

  /** Latest radar offset (ADS-B − radar plot of the same address), east and north m; NaN none. */
  double offsetEastM = Double.NaN;

  double offsetNorthM = Double.NaN;
  long offsetNanos;

  /** Remote ID: recent positions (lat, lon bits) for the replay check. */
  final long[] recentLat = new long[POSITION_MEMORY];

  final long[] recentLon = new long[POSITION_MEMORY];
  int recentCount;
  int recentNext;

  final List<TrustReason> reasons = new ArrayList<>();
  long sinceNanos = -1;
  long lastFlagNanos = -1;
  String detail;

  Emitter(String key, boolean drone, int jitterReports, int radars) {
    this.key = key;
    this.drone = drone;
    this.innovation2 = new double[jitterReports];
    this.coveredSinceNanos = new long[radars];
    this.confirmedNanos = new long[radars];
    java.util.Arrays.fill(coveredSinceNanos, -1);
    java.util.Arrays.fill(confirmedNanos, -1);
  }

  /** Predicted east position at {@code nanos}. */
  double eastAt(long nanos) {
    return eastM + velocityEastMps * (nanos - timeNanos) / 1e9;
  }

  /** Predicted north position at {@code nanos}. */
  double northAt(long nanos) {
    return northM + velocityNorthMps * (nanos - timeNanos) / 1e9;
  }

  /** Restarts the motion estimate at a position (first report, long gap, after a jump). */
  void restart(long nanos, double e, double n, double up) {
    timeNanos = nanos;
    eastM = e;
    northM = n;
    upM = up;
    velocityEastMps = 0;
    velocityNorthMps = 0;
    reports = 1;
    innovationCount = 0;
    innovationNext = 0;
  }

  /** Alpha-beta update with a report; the squared innovation joins the jitter window. */
  void update(long nanos, double e, double n, double up) {
    double dt = (nanos - timeNanos) / 1e9;
    double pe = eastAt(nanos);
    double pn = northAt(nanos);
    double re = e - pe;
    double rn = n - pn;
    eastM = pe + ALPHA * re;
    northM = pn + ALPHA * rn;
    if (dt > 0.05) {
      velocityEastMps += BETA * re / dt;
      velocityNorthMps += BETA * rn / dt;
    }
    upM = up;
    timeNanos = Math.max(timeNanos, nanos);
    reports++;
    if (reports > 3) {
      innovation2[innovationNext] = re * re + rn * rn;
      innovationNext = (innovationNext + 1) % innovation2.length;
      innovationCount = Math.min(innovationCount + 1, innovation2.length);
    }
  }

  /** RMS of the innovations in the window, m (NaN until the window is full). */
  double innovationRmsM() {
    if (innovationCount < innovation2.length) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : innovation2) {
      s += v;
    }
    return Math.sqrt(s / innovation2.length);
  }

  /** Remembers a reported position; true if exactly that position was reported before. */
  boolean rememberPosition(double latDeg, double lonDeg) {
    long la = Double.doubleToLongBits(latDeg);
    long lo = Double.doubleToLongBits(lonDeg);
    boolean seen = false;
    for (int i = 0; i < recentCount; i++) {
      if (recentLat[i] == la && recentLon[i] == lo) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      recentLat[recentNext] = la;
      recentLon[recentNext] = lo;
      recentNext = (recentNext + 1) % POSITION_MEMORY;
      recentCount = Math.min(recentCount + 1, POSITION_MEMORY);
    }
    return seen;
  }

  /** Flags the emitter at event time {@code nanos}. */
  void flag(TrustReason reason, long nanos, String why) {
    if (sinceNanos < 0) {
      sinceNanos = nanos;
    }
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
    lastFlagNanos = Math.max(lastFlagNanos, nanos);
    detail = why;
  }

  /** Clears the flags once {@code holdNanos} passed since the last one. */
  void expire(long nowNanos, long holdNanos) {
    if (lastFlagNanos >= 0 && nowNanos - lastFlagNanos > holdNanos) {
      reasons.clear();
      sinceNanos = -1;
      lastFlagNanos = -1;
      detail = null;
    }
  }

  boolean suspect() {
    return !reasons.isEmpty();
  }

  /** The emitter's flags as an assessment. */
  TrustAssessment assessment() {
    if (reasons.isEmpty()) {
      return TrustAssessment.TRUSTED;
    }
    return new TrustAssessment(true, reasons, TrustStage.instant(sinceNanos), detail);
  }

  @Override
  public String toString() {
    return key + " at " + Instant.ofEpochSecond(0, timeNanos);
  }
}
