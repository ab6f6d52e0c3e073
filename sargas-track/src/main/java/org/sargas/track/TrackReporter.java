package org.sargas.track;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.track.classification.AircraftDescription;
import org.sargas.track.classification.ClassificationState;
import org.sargas.track.classification.TrackClassifier;
import org.sargas.track.filter.GaussianState;
import org.sargas.track.lifecycle.LiveTrack;

/**
 * Turns the tracker's internal state into {@link Track} records at the edge: the region-frame
 * east/north of the ellipsoid point below the target back to latitude/longitude (exact, two WGS84
 * conversions at most), the altitude filter's estimate, and a fresh classification for tracks that
 * were just updated (the track's {@code ClassificationState} runs history, classifier and
 * hysteresis). Not thread-safe (scratch space).
 */
final class TrackReporter {
  private final LocalTangentPlane region;
  private final TrackClassifier classifier;
  private final double originNormalRadiusM;
  private final double originMeridianRadiusM;
  private final double[] geo = new double[3];

  TrackReporter(LocalTangentPlane region, TrackClassifier classifier) {
    this.region = region;
    this.classifier = classifier;
    double phi = Math.toRadians(region.origin().latDeg());
    double w = Math.sqrt(1 - Wgs84.E2 * Math.sin(phi) * Math.sin(phi));
    this.originNormalRadiusM = Wgs84.A_M / w;
    this.originMeridianRadiusM = Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w);
  }

  /**
   * The record of {@code t} with horizontal estimate {@code s} (at {@code timeS}, event time {@code
   * time}); reclassifies the track first when {@code classify}.
   */
  Track report(LiveTrack t, GaussianState s, Instant time, double timeS, boolean classify) {
    surfacePoint(s.x[GaussianState.EAST], s.x[GaussianState.NORTH]);
    double altitude = t.altitude.altitudeAt(timeS);
    double climb = t.altitude.climbRateMps();
    if (classify) {
      double ve = s.x[GaussianState.VEAST];
      double vn = s.x[GaussianState.VNORTH];
      double speed = Math.sqrt(ve * ve + vn * vn);
      double speedVar =
          speed > 1e-6
              ? (ve * ve * s.variance(GaussianState.VEAST)
                      + 2 * ve * vn * s.covariance(GaussianState.VEAST, GaussianState.VNORTH)
                      + vn * vn * s.variance(GaussianState.VNORTH))
                  / (speed * speed)
              : Math.max(s.variance(GaussianState.VEAST), s.variance(GaussianState.VNORTH));
      if (t.classificationState == null) {
        t.classificationState = new ClassificationState();
      }
      // The classifier reads the declared description from the fused identity.
      t.classification =
          t.classificationState.update(
              classifier,
              timeS,
              s.x[GaussianState.EAST],
              s.x[GaussianState.NORTH],
              ve,
              vn,
              Math.sqrt(speedVar),
              altitude,
              t.altitude.known() ? climb : Double.NaN,
              t.hits,
              t.identity,
              AircraftDescription.of(t.identity));
    }
    return build(t, s, time, altitude, climb, t.lifecycle);
  }

  /**
   * The record of a smoothed estimate {@code s} of {@code t} at an earlier update ({@code timeS},
   * event time {@code time}): confirmed, with the track's current identity and classification.
   */
  Track reportSmoothed(LiveTrack t, GaussianState s, Instant time, double timeS) {
    surfacePoint(s.x[GaussianState.EAST], s.x[GaussianState.NORTH]);
    return build(
        t, s, time, t.altitude.altitudeAt(timeS), t.altitude.climbRateMps(), TrackState.CONFIRMED);
  }

  private Track build(
      LiveTrack t, GaussianState s, Instant time, double altitude, double climb, TrackState state) {
    String id = t.id != null ? t.id : "tentative-" + t.sequence;
    return new Track(
        id,
        time,
        new GeoPoint(geo[0], geo[1], altitude),
        s.x[GaussianState.VEAST],
        s.x[GaussianState.VNORTH],
        climb,
        s.variance(GaussianState.EAST),
        s.variance(GaussianState.NORTH),
        s.covariance(GaussianState.EAST, GaussianState.NORTH),
        state,
        t.identity,
        t.classification,
        t.hits);
  }

  /**
   * Latitude and longitude into {@code geo} of the ellipsoid point with region east/north (e, n).
   */
  private void surfacePoint(double e, double n) {
    // Sagitta with the origin's radii of curvature (prime vertical east, meridian north).
    double u = -0.5 * (e * e / originNormalRadiusM + n * n / originMeridianRadiusM);
    region.toGeo(e, n, u, geo);
    if (Math.abs(geo[2]) > 0.01) {
      region.toGeo(e, n, u - geo[2], geo);
    }
  }
}
