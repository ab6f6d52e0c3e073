package org.sargas.airspace.monitor;

import java.time.Instant;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.geo.GeoPoint;

/** The monitor's mutable record of one violation still being measured. Owned by one monitor. */
final class OpenViolation {
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

  double probability() {
    return bestScore == Double.NEGATIVE_INFINITY ? 0.5 : NormalDistribution.cdf(bestScore);
  }

  Violation snapshot(Instant exitTime, GeoPoint exitPoint, String exitCountry, double confirmP) {
    double p = probability();
    double halfWidth = 1.959964 * sigmaAtMaxM;
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
        p >= confirmP ? ViolationStatus.CONFIRMED : ViolationStatus.POSSIBLE);
  }
}
