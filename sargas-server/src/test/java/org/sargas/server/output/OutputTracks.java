package org.sargas.server.output;

import java.time.Instant;
import java.util.List;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** Tracks for output tests. */
final class OutputTracks {
  private OutputTracks() {}

  static Track track(
      String id,
      Instant time,
      double lat,
      double lon,
      TargetClass c,
      StandardIdentity identity,
      Identity ids) {
    return new Track(
        id,
        time,
        new GeoPoint(lat, lon, 500.0),
        20.0,
        10.0,
        -1.0,
        100.0,
        100.0,
        0.0,
        TrackState.CONFIRMED,
        ids,
        new Classification(c, 0.9, "test"),
        5,
        IdentityAssessment.automatic(identity, List.of()));
  }
}
