package org.sargas.response.search;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;

/**
 * The last state of a drone track that ended (dropped or coasted out) over the area to be searched.
 *
 * @param trackId the track
 * @param lostTime event time of the last estimate
 * @param position last estimated position; altitude above the ellipsoid, metres (NaN unknown)
 * @param velocityEastMps east ground velocity, m/s
 * @param velocityNorthMps north ground velocity, m/s
 * @param varEastM2 east position variance, m², &ge; 0
 * @param varNorthM2 north position variance, m², &ge; 0
 * @param covEastNorthM2 east/north covariance, m² (|cov| &le; √(varEast·varNorth))
 * @param targetClass the class, which selects the flight model
 */
public record LostTrack(
    String trackId,
    Instant lostTime,
    GeoPoint position,
    double velocityEastMps,
    double velocityNorthMps,
    double varEastM2,
    double varNorthM2,
    double covEastNorthM2,
    TargetClass targetClass) {

  public LostTrack {
    Objects.requireNonNull(trackId, "trackId");
    Objects.requireNonNull(lostTime, "lostTime");
    Objects.requireNonNull(position, "position");
    targetClass = targetClass == null ? TargetClass.UNKNOWN : targetClass;
    if (!Double.isFinite(velocityEastMps) || !Double.isFinite(velocityNorthMps)) {
      throw new IllegalArgumentException("velocity must be finite");
    }
    if (!(varEastM2 >= 0) || !(varNorthM2 >= 0) || !Double.isFinite(covEastNorthM2)) {
      throw new IllegalArgumentException("variances must be >= 0 and the covariance finite");
    }
  }

  /** The last estimate of a track, as the tracker reported it. */
  public static LostTrack of(Track t) {
    return new LostTrack(
        t.trackId(),
        t.time(),
        t.position(),
        t.velocityEastMps(),
        t.velocityNorthMps(),
        t.varEastM2(),
        t.varNorthM2(),
        t.covEastNorthM2(),
        t.classification().targetClass());
  }

  /** Ground speed, m/s. */
  public double groundSpeedMps() {
    return Math.hypot(velocityEastMps, velocityNorthMps);
  }

  /** Course over ground, degrees clockwise from north, [0, 360). */
  public double courseDeg() {
    double c = Math.toDegrees(Math.atan2(velocityEastMps, velocityNorthMps));
    return c < 0 ? c + 360 : c;
  }
}
