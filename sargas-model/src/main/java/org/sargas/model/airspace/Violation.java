package org.sargas.model.airspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.IdentityAssessment;

/**
 * The measured account of one track inside one zone.
 *
 * @param violationId stable id: {@code trackId + "/" + zoneId + "/" + entry epoch ms}
 * @param trackId the track
 * @param zoneId the zone ({@code "LTU"} for Lithuanian national airspace)
 * @param zoneKind the zone's kind
 * @param entryTime boundary crossing inward, interpolated between updates
 * @param entryPoint where it crossed inward
 * @param exitTime boundary crossing outward; null while the track is still inside
 * @param exitPoint where it crossed outward; null while inside
 * @param maxDepthM greatest geodesic distance to the zone boundary while inside, metres
 * @param maxDepthTime when the greatest depth was reached
 * @param maxDepthPoint where
 * @param maxDepthLow95M lower end of the 95 % interval of the maximum depth, metres
 * @param maxDepthHigh95M upper end of the 95 % interval, metres
 * @param originCountry ISO alpha-3 of the territory the track was over before entry (null unknown)
 * @param exitCountry ISO alpha-3 of the territory it went to on exit (null while inside/unknown)
 * @param probability probability that the aircraft was really inside, [0, 1]
 * @param status CONFIRMED or POSSIBLE
 * @param entryTimeLow95 earliest end of the 95 % interval of the entry time (null: not estimated)
 * @param entryTimeHigh95 latest end of that interval (null: not estimated)
 * @param exitTimeLow95 earliest end of the 95 % interval of the exit time (null while inside or not
 *     estimated)
 * @param exitTimeHigh95 latest end of that interval (null while inside or not estimated)
 * @param basis which estimate of the track the figures come from (filtered, or smoothed after a
 *     {@link ViolationEventKind#REVISED})
 * @param identity the track's STANAG 1241 standard identity when it entered, with its reasons
 *     ({@link IdentityAssessment#PENDING} when no identity stage ran)
 * @param corroboration whether the track was believed while inside ({@link
 *     Corroboration#UNCORROBORATED} when it was suspect: not exportable as evidence without a
 *     commander's approval)
 */
public record Violation(
    String violationId,
    String trackId,
    String zoneId,
    ZoneKind zoneKind,
    Instant entryTime,
    GeoPoint entryPoint,
    Instant exitTime,
    GeoPoint exitPoint,
    double maxDepthM,
    Instant maxDepthTime,
    GeoPoint maxDepthPoint,
    double maxDepthLow95M,
    double maxDepthHigh95M,
    String originCountry,
    String exitCountry,
    double probability,
    ViolationStatus status,
    Instant entryTimeLow95,
    Instant entryTimeHigh95,
    Instant exitTimeLow95,
    Instant exitTimeHigh95,
    MeasurementBasis basis,
    IdentityAssessment identity,
    Corroboration corroboration) {

  public Violation {
    Objects.requireNonNull(violationId, "violationId");
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(entryTime, "entryTime");
    Objects.requireNonNull(entryPoint, "entryPoint");
    basis = basis == null ? MeasurementBasis.FILTERED : basis;
    identity = identity == null ? IdentityAssessment.PENDING : identity;
    corroboration = corroboration == null ? Corroboration.CORROBORATED : corroboration;
  }

  /** A violation that no trust stage has marked {@link Corroboration#UNCORROBORATED}. */
  public Violation(
      String violationId,
      String trackId,
      String zoneId,
      ZoneKind zoneKind,
      Instant entryTime,
      GeoPoint entryPoint,
      Instant exitTime,
      GeoPoint exitPoint,
      double maxDepthM,
      Instant maxDepthTime,
      GeoPoint maxDepthPoint,
      double maxDepthLow95M,
      double maxDepthHigh95M,
      String originCountry,
      String exitCountry,
      double probability,
      ViolationStatus status,
      Instant entryTimeLow95,
      Instant entryTimeHigh95,
      Instant exitTimeLow95,
      Instant exitTimeHigh95,
      MeasurementBasis basis,
      IdentityAssessment identity) {
    this(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        entryTimeLow95,
        entryTimeHigh95,
        exitTimeLow95,
        exitTimeHigh95,
        basis,
        identity,
        Corroboration.CORROBORATED);
  }

  /** A violation whose identity at entry is not known ({@link IdentityAssessment#PENDING}). */
  public Violation(
      String violationId,
      String trackId,
      String zoneId,
      ZoneKind zoneKind,
      Instant entryTime,
      GeoPoint entryPoint,
      Instant exitTime,
      GeoPoint exitPoint,
      double maxDepthM,
      Instant maxDepthTime,
      GeoPoint maxDepthPoint,
      double maxDepthLow95M,
      double maxDepthHigh95M,
      String originCountry,
      String exitCountry,
      double probability,
      ViolationStatus status,
      Instant entryTimeLow95,
      Instant entryTimeHigh95,
      Instant exitTimeLow95,
      Instant exitTimeHigh95,
      MeasurementBasis basis) {
    this(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        entryTimeLow95,
        entryTimeHigh95,
        exitTimeLow95,
        exitTimeHigh95,
        basis,
        IdentityAssessment.PENDING);
  }

  /** A violation measured on the filtered track, without time intervals, with its identity. */
  public Violation(
      String violationId,
      String trackId,
      String zoneId,
      ZoneKind zoneKind,
      Instant entryTime,
      GeoPoint entryPoint,
      Instant exitTime,
      GeoPoint exitPoint,
      double maxDepthM,
      Instant maxDepthTime,
      GeoPoint maxDepthPoint,
      double maxDepthLow95M,
      double maxDepthHigh95M,
      String originCountry,
      String exitCountry,
      double probability,
      ViolationStatus status,
      IdentityAssessment identity) {
    this(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        null,
        null,
        null,
        null,
        MeasurementBasis.FILTERED,
        identity);
  }

  /** This violation with the track's identity at entry. */
  public Violation withIdentity(IdentityAssessment identityAtEntry) {
    return new Violation(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        entryTimeLow95,
        entryTimeHigh95,
        exitTimeLow95,
        exitTimeHigh95,
        basis,
        identityAtEntry,
        corroboration);
  }

  /** This violation with another corroboration. */
  public Violation withCorroboration(Corroboration newCorroboration) {
    return new Violation(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        entryTimeLow95,
        entryTimeHigh95,
        exitTimeLow95,
        exitTimeHigh95,
        basis,
        identity,
        newCorroboration);
  }

  /** Whether the violation rests only on suspect positions. */
  public boolean uncorroborated() {
    return corroboration == Corroboration.UNCORROBORATED;
  }

  /** A violation measured on the filtered track, without time intervals. */
  public Violation(
      String violationId,
      String trackId,
      String zoneId,
      ZoneKind zoneKind,
      Instant entryTime,
      GeoPoint entryPoint,
      Instant exitTime,
      GeoPoint exitPoint,
      double maxDepthM,
      Instant maxDepthTime,
      GeoPoint maxDepthPoint,
      double maxDepthLow95M,
      double maxDepthHigh95M,
      String originCountry,
      String exitCountry,
      double probability,
      ViolationStatus status) {
    this(
        violationId,
        trackId,
        zoneId,
        zoneKind,
        entryTime,
        entryPoint,
        exitTime,
        exitPoint,
        maxDepthM,
        maxDepthTime,
        maxDepthPoint,
        maxDepthLow95M,
        maxDepthHigh95M,
        originCountry,
        exitCountry,
        probability,
        status,
        null,
        null,
        null,
        null,
        MeasurementBasis.FILTERED);
  }

  /** Whether the track has left the zone. */
  public boolean closed() {
    return exitTime != null;
  }

  /** Time inside in seconds: exit − entry, or NaN while still open. */
  public double durationS() {
    return exitTime == null ? Double.NaN : Duration.between(entryTime, exitTime).toNanos() / 1e9;
  }
}
