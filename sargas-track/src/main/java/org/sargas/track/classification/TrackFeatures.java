package org.sargas.track.classification;

import org.sargas.model.observation.Identity;

/**
 * What the classifier sees of a track: robust kinematics (see {@link KinematicHistory} for how each
 * is derived from the recent updates), the fused identity and what cooperative sources declare.
 *
 * @param groundSpeedMps ground speed, m/s: the median of the filter's estimates over the recent
 *     updates (NaN before any)
 * @param speedSigmaMps 1-σ of the filter's latest speed estimate, m/s
 * @param altitudeM altitude above the ellipsoid, m (NaN when unknown)
 * @param climbRateMps vertical rate, m/s: median over the recent updates (0 when unknown)
 * @param updates detections associated so far
 * @param identity fused identity (ICAO address, callsign, Mode 3/A, Remote ID serial)
 * @param turnRateDegPerS median absolute turn rate over the recent updates, °/s (NaN when unknown)
 * @param netSpeedMps least-squares speed of the positions over the recent updates, m/s (NaN until
 *     they span {@value KinematicHistory#NET_SPEED_MIN_SPAN_S} s)
 * @param windowS time the recent updates span, s
 * @param minSustainedSpeedMps lowest windowed ground speed over the track's life, m/s (NaN until
 *     known)
 * @param maxSustainedSpeedMps highest windowed ground speed over the track's life, m/s (NaN until
 *     known)
 * @param maxLateralAccelerationMps2 highest windowed horizontal acceleration of a turn (speed ×
 *     turn rate) over the track's life, m/s² (0 until known)
 * @param maxClimbRateMps highest windowed absolute vertical rate over the track's life, m/s (0
 *     until known)
 * @param soaringS time spent soaring (thermalling) over the track's life, s
 * @param description what cooperative sources declare (emitter category, aircraft type, wake
 *     category); when null or empty, what the fused identity declares ({@link
 *     AircraftDescription#of(Identity)})
 */
public record TrackFeatures(
    double groundSpeedMps,
    double speedSigmaMps,
    double altitudeM,
    double climbRateMps,
    int updates,
    Identity identity,
    double turnRateDegPerS,
    double netSpeedMps,
    double windowS,
    double minSustainedSpeedMps,
    double maxSustainedSpeedMps,
    double maxLateralAccelerationMps2,
    double maxClimbRateMps,
    double soaringS,
    AircraftDescription description) {

  public TrackFeatures {
    identity = identity == null ? Identity.NONE : identity;
    if (description == null || description.isEmpty()) {
      AircraftDescription fromIdentity = AircraftDescription.of(identity);
      description = fromIdentity.isEmpty() && description != null ? description : fromIdentity;
    }
  }

  /**
   * Instantaneous features only: no turn rate, no net speed, no history, nothing declared (the
   * features of the first classifier; kept for callers that have nothing more).
   */
  public TrackFeatures(
      double groundSpeedMps,
      double speedSigmaMps,
      double altitudeM,
      double climbRateMps,
      int updates,
      Identity identity) {
    this(
        groundSpeedMps,
        speedSigmaMps,
        altitudeM,
        climbRateMps,
        updates,
        identity,
        Double.NaN,
        Double.NaN,
        0.0,
        Double.NaN,
        Double.NaN,
        0.0,
        0.0,
        0.0,
        AircraftDescription.NONE);
  }

  /** These features with another declared description. */
  public TrackFeatures withDescription(AircraftDescription other) {
    return new TrackFeatures(
        groundSpeedMps,
        speedSigmaMps,
        altitudeM,
        climbRateMps,
        updates,
        identity,
        turnRateDegPerS,
        netSpeedMps,
        windowS,
        minSustainedSpeedMps,
        maxSustainedSpeedMps,
        maxLateralAccelerationMps2,
        maxClimbRateMps,
        soaringS,
        other);
  }

  /** Whether a transponder answers: a Mode S (ICAO 24-bit) address or a Mode 3/A code. */
  public boolean transponder() {
    return identity.icaoAddress() != null || identity.mode3a() != null;
  }

  /** Whether the track is cooperative: a transponder, or a callsign (flight-plan correlation). */
  public boolean cooperative() {
    return transponder() || identity.callsign() != null;
  }

  /** Whether the altitude is known. */
  public boolean altitudeKnown() {
    return !Double.isNaN(altitudeM);
  }

  /** Horizontal acceleration of the turn, m/s²: speed × turn rate (0 when the rate is unknown). */
  public double lateralAccelerationMps2() {
    return Double.isNaN(turnRateDegPerS) ? 0.0 : groundSpeedMps * Math.toRadians(turnRateDegPerS);
  }
}
