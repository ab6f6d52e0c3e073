package org.sargas.airspace.testing;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** Hand-built track updates for tests. */
public final class Tracks {
  /** An arbitrary epoch for the tests: 2025-10-23T12:00:00Z. */
  public static final Instant T0 = Instant.parse("2025-10-23T12:00:00Z");

  private Tracks() {}

  /** A confirmed update with no velocity and no covariance. */
  public static Track at(String id, double tS, double latDeg, double lonDeg) {
    return update(id, tS, latDeg, lonDeg, 0, 0, 0, TrackState.CONFIRMED);
  }

  /** A confirmed update with a circular 1-σ position error. */
  public static Track at(String id, double tS, double latDeg, double lonDeg, double sigmaM) {
    return update(id, tS, latDeg, lonDeg, 0, 0, sigmaM, TrackState.CONFIRMED);
  }

  /** An update with velocity, circular 1-σ position error and state. */
  public static Track update(
      String id,
      double tS,
      double latDeg,
      double lonDeg,
      double vEastMps,
      double vNorthMps,
      double sigmaM,
      TrackState state) {
    return new Track(
        id,
        T0.plusNanos(Math.round(tS * 1e9)),
        new GeoPoint(latDeg, lonDeg, 8000.0),
        vEastMps,
        vNorthMps,
        0.0,
        sigmaM * sigmaM,
        sigmaM * sigmaM,
        0.0,
        state,
        null,
        null,
        5);
  }

  /** Seconds from {@link #T0}. */
  public static double secondsSinceT0(Instant t) {
    return java.time.Duration.between(T0, t).toNanos() / 1e9;
  }
}
