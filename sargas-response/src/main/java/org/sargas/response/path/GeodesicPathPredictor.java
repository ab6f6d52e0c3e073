package org.sargas.response.path;

import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.sargas.model.track.Track;

/**
 * Flies the hypothesis on the WGS84 ellipsoid: each step is a geodesic of length {@code speed ×
 * step} (GeographicLib's direct problem), its azimuth carried over from the end of the previous
 * step; a turn changes the azimuth by half the step's turn before and half after the step
 * (mid-point rule, so a coordinated turn is second-order accurate). Ground speed and altitude stay
 * constant (the vertical rate is not extrapolated: a track's vertical rate over minutes is not
 * credible for a low drone). Exact over any distance, unlike a flat tangent plane. Stateless and
 * thread-safe.
 */
public final class GeodesicPathPredictor implements PathPredictor {
  private static final Geodesic WGS84 = Geodesic.WGS84;
  private static final int MASK =
      GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH;

  @Override
  public PredictedPath predict(
      Track track,
      MotionHypothesis hypothesis,
      double horizonS,
      double stepS,
      double fallbackAltitudeM) {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(hypothesis, "hypothesis");
    if (!(horizonS > 0) || !(stepS > 0)) {
      throw new IllegalArgumentException("horizon and step must be > 0 s");
    }
    int n = (int) Math.ceil(horizonS / stepS - 1e-9) + 1;
    double[] lat = new double[n];
    double[] lon = new double[n];
    double alt = track.position().altitudeOr(fallbackAltitudeM);
    double speed = track.groundSpeedMps();
    double azi = track.courseDeg();
    double turned = 0;
    double rate = hypothesis.turnRateDps();
    lat[0] = track.position().latDeg();
    lon[0] = track.position().lonDeg();
    for (int i = 1; i < n; i++) {
      double turn = turnThisStep(rate, stepS, hypothesis.maxTurnDeg(), turned);
      turned += Math.abs(turn);
      double aziMid = azi + turn / 2;
      if (speed > 0) {
        GeodesicData d = WGS84.Direct(lat[i - 1], lon[i - 1], aziMid, speed * stepS, MASK);
        lat[i] = d.lat2;
        lon[i] = d.lon2;
        azi = d.azi2 + turn / 2;
      } else {
        lat[i] = lat[i - 1];
        lon[i] = lon[i - 1];
        azi = aziMid + turn / 2;
      }
    }
    return new PredictedPath(hypothesis, track.time(), stepS, lat, lon, alt);
  }

  /** The signed turn of one step, degrees, limited so that the total never exceeds the maximum. */
  private static double turnThisStep(double rateDps, double stepS, double maxDeg, double turned) {
    if (rateDps == 0 || turned >= maxDeg) {
      return 0;
    }
    double want = Math.abs(rateDps) * stepS;
    return Math.signum(rateDps) * Math.min(want, maxDeg - turned);
  }
}
