package org.sargas.response.intercept;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * The earliest intercept of one threat by the alert aircraft of one base, under one motion
 * hypothesis of the threat. A recommendation for the operator: a human decides.
 *
 * @param trackId the threat's track
 * @param baseId the base, e.g. {@code "EYSA"}
 * @param baseName the base's name
 * @param aircraftType the type on alert
 * @param hypothesis the threat's motion hypothesis, e.g. {@code "straight"}, {@code
 *     "turn-left-3.0dps"}
 * @param interceptTime when the interceptor is predicted to be at the threat (event time)
 * @param interceptPoint where (altitude = the threat's)
 * @param timeToInterceptS interceptTime − the track's time, seconds (includes the readiness)
 * @param beforeBorder whether the intercept comes before the threat enters the protected area (true
 *     when it is outside and is not predicted to enter within the horizon; false when it is already
 *     inside)
 * @param beforeSite whether the intercept comes before the threat reaches any protected site (true
 *     when no site is reached within the horizon)
 * @param borderEntryTime predicted entry into the protected area; null when the threat is already
 *     inside or does not enter within the horizon
 * @param siteId the first protected site the threat reaches on this hypothesis; null when none
 * @param siteArrivalTime when it reaches it; null when none
 * @param deadline what the margin is measured against
 * @param timeMarginS deadline − interceptTime, seconds; negative = too late
 */
public record InterceptRecommendation(
    String trackId,
    String baseId,
    String baseName,
    String aircraftType,
    String hypothesis,
    Instant interceptTime,
    GeoPoint interceptPoint,
    double timeToInterceptS,
    boolean beforeBorder,
    boolean beforeSite,
    Instant borderEntryTime,
    String siteId,
    Instant siteArrivalTime,
    InterceptDeadline deadline,
    double timeMarginS) {

  /**
   * The operator's order: intercepts before the border first, then before a site, then the
   * earliest; ties by base and hypothesis so that the order is deterministic.
   */
  public static final Comparator<InterceptRecommendation> RANKING =
      Comparator.comparing((InterceptRecommendation r) -> !r.beforeBorder())
          .thenComparing(r -> !r.beforeSite())
          .thenComparing(InterceptRecommendation::interceptTime)
          .thenComparing(InterceptRecommendation::baseId)
          .thenComparing(InterceptRecommendation::hypothesis);

  public InterceptRecommendation {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(baseId, "baseId");
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(interceptTime, "interceptTime");
    Objects.requireNonNull(interceptPoint, "interceptPoint");
    Objects.requireNonNull(deadline, "deadline");
  }
}
