package org.sargas.response.testing;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** Tracks for tests. */
public final class Threats {
  private Threats() {}

  public static final Instant T0 = Instant.parse("2025-07-28T18:30:32Z");

  /** A confirmed track at a position with a course (degrees from north) and ground speed. */
  public static Track track(
      String id,
      double latDeg,
      double lonDeg,
      double altitudeM,
      double courseDeg,
      double speedMps,
      TargetClass cls) {
    return track(id, T0, latDeg, lonDeg, altitudeM, courseDeg, speedMps, 100, cls);
  }

  /** As above with a time and an isotropic 1-σ position error, metres. */
  public static Track track(
      String id,
      Instant time,
      double latDeg,
      double lonDeg,
      double altitudeM,
      double courseDeg,
      double speedMps,
      double sigmaM,
      TargetClass cls) {
    double c = Math.toRadians(courseDeg);
    return new Track(
        id,
        time,
        new GeoPoint(latDeg, lonDeg, altitudeM),
        speedMps * Math.sin(c),
        speedMps * Math.cos(c),
        0,
        sigmaM * sigmaM,
        sigmaM * sigmaM,
        0,
        TrackState.CONFIRMED,
        null,
        new Classification(cls, 0.9, "test"),
        20);
  }
}
