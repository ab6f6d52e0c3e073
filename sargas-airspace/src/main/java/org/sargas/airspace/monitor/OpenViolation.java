package org.sargas.airspace.monitor;

import java.time.Instant;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.geo.GeoPoint;

/** The monitor's mutable record of one violation still being measured. Owned by one monitor. */
final class OpenViolation {
  /** Two-sided 95 % quantile of the standard normal. */
  static final double Z95 = 1.959964;

  final String trackId;
  final ZoneArea zone;
  final Instant entryTime;
  final GeoPoint entryPoint;
  final String originCountry;
  double maxDepthM = 0.0;
  Instant maxDepthTime;
  GeoPoint maxDepthPoint;

  /** 1-σ position uncertainty along the boundary normal at the deepest point, metres. */
  double sigmaAtMaxM = 0.0;

  /** Greatest depth / σ seen: the probability of having been inside is Φ of it. */
  double bestScore = Double.NEGATIVE_INFINITY;

  /** Signed depths (negative outside) and σ of the track updates while the violation is open. */
  double sumUpdateDepthM;

  double sumUpdateSigmaM;
  int insideUpdates;

  /** Depth at the last track update if it was inside, else NaN. */
  double lastUpdateDepthM = Double.NaN;

  /**
   * How many chances noise had to fake this entry: the track updates that came within 3 σ of the
   * boundary outside before it, plus the entry itself (Šidák correction of the probability).
   */
  int looks = 1;

  /** An update inside with zero position uncertainty: certainly inside. */
  boolean certain;

  /** 1-σ of the entry time, s (NaN: entry not observed as a crossing). */
  double entrySigmaS = Double.NaN;

  /** 1-σ of the (pending) exit time, s (NaN: unknown). */
  double exitSigmaS = Double.NaN;

  /** An exit waiting for the hysteresis to expire (null while inside). */
  Instant exitTime;

  GeoPoint exitPoint;
  String exitCountry;

  /** What the last emitted event said, to emit UPDATED only for a real change. */
  double reportedDepthM = -1;

  double reportedProbability = -1;

  OpenViolation(
      String trackId, ZoneArea zone, Instant entryTime, GeoPoint entryPoint, String originCountry) {
    this.trackId = trackId;
    this.zone = zone;
    this.entryTime = entryTime;
    this.entryPoint = entryPoint;
    this.originCountry = originCountry;
    this.maxDepthTime = entryTime;
    this.maxDepthPoint = entryPoint;
  }

  /** Records a depth sample; returns whether the maximum depth or the score grew. */
  boolean sample(double depthM, double sigmaM, Instant time, GeoPoint point) {
    boolean grew = false;
    if (depthM > maxDepthM) {
      maxDepthM = depthM;
      maxDepthTime = time;
      maxDepthPoint = point;
      sigmaAtMaxM = sigmaM;
      grew = true;
    }
    double score = sigmaM > 0 ? depthM / sigmaM : depthM > 0 ? Double.POSITIVE_INFINITY : 0.0;
    if (score > bestScore) {
      bestScore = score;
      grew = true;
    }
    return grew;
  }

  /** Whether the track has left and the exit awaits confirmation by the hysteresis. */
  boolean exitPending() {
    return exitTime != null;
  }

  void markExit(Instant time, GeoPoint point, String country, double sigmaS) {
    exitSigmaS = sigmaS;
    exitTime = time;
    exitPoint = point;
    exitCountry = country;
  }

  void clearExit() {
    exitSigmaS = Double.NaN;
    exitTime = null;
    exitPoint = null;
    exitCountry = null;
  }

  /**
   * Whether depth (≥ 1 m) or probability (≥ 0.01, or across the threshold) changed since reported.
   */
  boolean changedSinceReported(double confirmP) {
    double p = probability();
    return maxDepthM >= reportedDepthM + 1.0
        || p >= reportedProbability + 0.01
        || (p >= confirmP) != (reportedProbability >= confirmP);
  }

  void markReported() {
    reportedDepthM = maxDepthM;
    reportedProbability = probability();
  }

  /**
   * Records a track update while the violation is open: signed depth (negative while outside during
   * the exit hysteresis) and its σ along the boundary normal.
   */
  void updateSample(double signedDepthM, double sigmaM) {
    lastUpdateDepthM = signedDepthM > 0 ? signedDepthM : Double.NaN;
    if (signedDepthM > 0) {
      insideUpdates++;
      if (sigmaM == 0) {
        certain = true;
      }
    }
    sumUpdateDepthM += signedDepthM;
    sumUpdateSigmaM += sigmaM;
  }

  /**
   * Probability that the aircraft really was inside. With update positions inside: Φ(mean signed
   * depth of the updates / mean σ), treating the errors of successive tracker updates as fully
   * correlated (conservative), so noise on a track riding the border outside cannot confirm it.
   * With no update inside (the path only dipped in between updates): Φ(greatest depth/σ along the
   * interpolated path). An update inside with zero σ makes it 1. The result is raised to the power
   * {@link #looks}: a track that rode the border for many updates had that many chances of a noisy
   * position falling inside.
   */
  double probability() {
    if (certain) {
      return 1.0;
    }
    double p;
    if (insideUpdates > 0) {
      if (sumUpdateSigmaM == 0) {
        return sumUpdateDepthM > 0 ? 1.0 : sumUpdateDepthM < 0 ? 0.0 : 0.5;
      }
      p = NormalDistribution.cdf(sumUpdateDepthM / sumUpdateSigmaM);
    } else {
      p = bestScore == Double.NEGATIVE_INFINITY ? 0.5 : NormalDistribution.cdf(bestScore);
    }
    return looks > 1 ? Math.pow(p, looks) : p;
  }

  Violation snapshot(
      Instant exitTime,
      GeoPoint exitPoint,
      String exitCountry,
      double confirmP,
      MeasurementBasis basis) {
    double p = probability();
    double halfWidth = Z95 * sigmaAtMaxM;
    double exitSigma = exitTime != null && exitTime.equals(this.exitTime) ? exitSigmaS : Double.NaN;
    return new Violation(
        trackId + "/" + zone.id() + "/" + entryTime.toEpochMilli(),
        trackId,
        zone.id(),
        zone.zone().kind(),
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthM - halfWidth,
        maxDepthM + halfWidth,
        originCountry,
        exitCountry,
        p,
        p >= confirmP ? ViolationStatus.CONFIRMED : ViolationStatus.POSSIBLE,
        shifted(entryTime, -Z95 * entrySigmaS),
        shifted(entryTime, Z95 * entrySigmaS),
        shifted(exitTime, -Z95 * exitSigma),
        shifted(exitTime, Z95 * exitSigma),
        basis);
  }

  /** {@code t} moved by {@code s} seconds; null when either is unknown. */
  private static Instant shifted(Instant t, double s) {
    return t == null || !Double.isFinite(s) ? null : t.plusNanos(Math.round(s * 1e9));
  }
}
