package org.sargas.model.track;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;

/**
 * The tracker's estimate of one target at one event time.
 *
 * @param trackId stable track identifier, unique within one tracker run
 * @param time event time of this estimate
 * @param position estimated position (altitude above the ellipsoid, NaN if unknown)
 * @param velocityEastMps estimated east velocity, m/s
 * @param velocityNorthMps estimated north velocity, m/s
 * @param velocityUpMps estimated vertical rate, m/s (0 when not estimated)
 * @param varEastM2 position variance along east, m²
 * @param varNorthM2 position variance along north, m²
 * @param covEastNorthM2 east/north position covariance, m²
 * @param state life-cycle state
 * @param identity identity fused from the reports
 * @param classification what the target is believed to be
 * @param updates number of observations associated so far
 * @param assessment STANAG 1241 standard identity with its reasons ({@link
 *     IdentityAssessment#PENDING} until the identity stage has seen the track)
 * @param trust whether its self-reported positions are believed ({@link TrustAssessment#TRUSTED}
 *     until the trust stage flags it)
 */
public record Track(
    String trackId,
    Instant time,
    GeoPoint position,
    double velocityEastMps,
    double velocityNorthMps,
    double velocityUpMps,
    double varEastM2,
    double varNorthM2,
    double covEastNorthM2,
    TrackState state,
    Identity identity,
    Classification classification,
    int updates,
    IdentityAssessment assessment,
    TrustAssessment trust) {

  public Track {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(state, "state");
    identity = identity == null ? Identity.NONE : identity;
    classification = classification == null ? Classification.UNKNOWN : classification;
    assessment = assessment == null ? IdentityAssessment.PENDING : assessment;
    trust = trust == null ? TrustAssessment.TRUSTED : trust;
  }

  /** A track that no trust check has flagged. */
  public Track(
      String trackId,
      Instant time,
      GeoPoint position,
      double velocityEastMps,
      double velocityNorthMps,
      double velocityUpMps,
      double varEastM2,
      double varNorthM2,
      double covEastNorthM2,
      TrackState state,
      Identity identity,
      Classification classification,
      int updates,
      IdentityAssessment assessment) {
    this(
        trackId,
        time,
        position,
        velocityEastMps,
        velocityNorthMps,
        velocityUpMps,
        varEastM2,
        varNorthM2,
        covEastNorthM2,
        state,
        identity,
        classification,
        updates,
        assessment,
        TrustAssessment.TRUSTED);
  }

  /** A track whose standard identity is still {@link IdentityAssessment#PENDING}. */
  public Track(
      String trackId,
      Instant time,
      GeoPoint position,
      double velocityEastMps,
      double velocityNorthMps,
      double velocityUpMps,
      double varEastM2,
      double varNorthM2,
      double covEastNorthM2,
      TrackState state,
      Identity identity,
      Classification classification,
      int updates) {
    this(
        trackId,
        time,
        position,
        velocityEastMps,
        velocityNorthMps,
        velocityUpMps,
        varEastM2,
        varNorthM2,
        covEastNorthM2,
        state,
        identity,
        classification,
        updates,
        IdentityAssessment.PENDING);
  }

  /** This track with another standard identity assessment. */
  public Track withAssessment(IdentityAssessment newAssessment) {
    return new Track(
        trackId,
        time,
        position,
        velocityEastMps,
        velocityNorthMps,
        velocityUpMps,
        varEastM2,
        varNorthM2,
        covEastNorthM2,
        state,
        identity,
        classification,
        updates,
        newAssessment,
        trust);
  }

  /** This track with another trust assessment. */
  public Track withTrust(TrustAssessment newTrust) {
    return new Track(
        trackId,
        time,
        position,
        velocityEastMps,
        velocityNorthMps,
        velocityUpMps,
        varEastM2,
        varNorthM2,
        covEastNorthM2,
        state,
        identity,
        classification,
        updates,
        assessment,
        newTrust);
  }

  /** This track under another id (a sector handover gives a sector's track its global id). */
  public Track withTrackId(String newTrackId) {
    return new Track(
        newTrackId,
        time,
        position,
        velocityEastMps,
        velocityNorthMps,
        velocityUpMps,
        varEastM2,
        varNorthM2,
        covEastNorthM2,
        state,
        identity,
        classification,
        updates,
        assessment,
        trust);
  }

  /** The standard identity (shortcut for {@code assessment().standardIdentity()}). */
  public StandardIdentity standardIdentity() {
    return assessment.standardIdentity();
  }

  /** Ground speed in m/s. */
  public double groundSpeedMps() {
    return Math.hypot(velocityEastMps, velocityNorthMps);
  }

  /** Course over ground, degrees clockwise from true north, [0, 360). */
  public double courseDeg() {
    double c = Math.toDegrees(Math.atan2(velocityEastMps, velocityNorthMps));
    return c < 0 ? c + 360.0 : c;
  }

  /** Root of the larger eigenvalue of the horizontal position covariance: the worst-axis 1-σ, m. */
  public double sigmaMajorM() {
    double tr = varEastM2 + varNorthM2;
    double det = varEastM2 * varNorthM2 - covEastNorthM2 * covEastNorthM2;
    double disc = Math.sqrt(Math.max(0.0, tr * tr / 4 - det));
    return Math.sqrt(Math.max(0.0, tr / 2 + disc));
  }
}
