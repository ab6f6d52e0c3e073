package org.sargas.track.measurement;

import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * An observation converted into the tracker's local tangent plane. Mutable: the converter fills it,
 * and may re-project a radar plot once the altitude of the track it joins is known. Owned by the
 * tracker for the duration of one {@code process} call.
 *
 * <p>Frame: east/north metres of the point on the ellipsoid below the target, in the tracker's
 * region frame; bearings are radians clockwise from that frame's north.
 */
public final class Detection {
  /** The source observation. */
  public Observation observation;

  /** The sensor's slot in the tracker's sensor table (-1 when the sensor is not registered). */
  public int sensorSlot;

  /** Event time, seconds on the tracker's time axis. */
  public double timeS;

  /** What the detection measures. */
  public DetectionKind kind;

  /** East position, m (POSITION). */
  public double eastM;

  /** North position, m (POSITION). */
  public double northM;

  /** East variance, m² (POSITION). */
  public double varEastM2;

  /** North variance, m² (POSITION). */
  public double varNorthM2;

  /** East/north covariance, m² (POSITION). */
  public double covEastNorthM2;

  /** East velocity, m/s (POSITION_VELOCITY). */
  public double velocityEastMps;

  /** North velocity, m/s (POSITION_VELOCITY). */
  public double velocityNorthMps;

  /** East velocity variance, (m/s)² (POSITION_VELOCITY). */
  public double varVelocityEastMps2;

  /** North velocity variance, (m/s)² (POSITION_VELOCITY). */
  public double varVelocityNorthMps2;

  /** East/north velocity covariance, (m/s)² (POSITION_VELOCITY). */
  public double covVelocityEastNorthMps2;

  /**
   * Whether the detection is another tracker's track report (a {@code SystemTrackMeasurement}),
   * fused by its {@link #sourceTrackNumber} (kind POSITION_VELOCITY, or POSITION without velocity).
   */
  public boolean systemTrack;

  /** The source's track number of a system-track report, -1 when none. */
  public int sourceTrackNumber = -1;

  /** Sensor site east, m (BEARING). */
  public double sensorEastM;

  /** Sensor site north, m (BEARING). */
  public double sensorNorthM;

  /** Bearing in the tracker frame, radians clockwise from north (BEARING). */
  public double bearingRad;

  /** Bearing variance, rad² (BEARING). */
  public double varBearingRad2;

  /** Altitude above the ellipsoid in metres if the report carries it, else NaN. */
  public double altitudeM;

  /** Altitude variance, m² (NaN when no altitude). */
  public double varAltitudeM2;

  /** Whether the position came from a 2-D radar plot projected with an assumed altitude. */
  public boolean altitudeAssumed;

  /** Identity hints of the report (never null). */
  public Identity identity = Identity.NONE;

  /** Scratch for the associator: whether the detection has been used in the current group. */
  public boolean used;

  /**
   * Copies the horizontal position and its covariance of {@code from} and makes this a POSITION.
   */
  public void setPositionOf(Detection from) {
    observation = from.observation;
    sensorSlot = from.sensorSlot;
    timeS = from.timeS;
    kind = DetectionKind.POSITION;
    eastM = from.eastM;
    northM = from.northM;
    varEastM2 = from.varEastM2;
    varNorthM2 = from.varNorthM2;
    covEastNorthM2 = from.covEastNorthM2;
    altitudeM = from.altitudeM;
    varAltitudeM2 = from.varAltitudeM2;
    altitudeAssumed = from.altitudeAssumed;
    identity = from.identity;
    systemTrack = false;
    sourceTrackNumber = -1;
  }

  /** Largest position variance (the pre-gate uses it), m². */
  public double maxVarianceM2() {
    double tr = varEastM2 + varNorthM2;
    double det = varEastM2 * varNorthM2 - covEastNorthM2 * covEastNorthM2;
    return tr / 2 + Math.sqrt(Math.max(0.0, tr * tr / 4 - det));
  }
}
