package org.sargas.airspace.monitor;

import java.time.Duration;
import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.Track;

/**
 * The assumed motion of a track between two consecutive updates, parametrised by the time fraction
 * {@code f} in [0, 1] (0 = the earlier update, 1 = the later). Also gives the interpolated
 * horizontal position covariance and a polyline of chords approximating the path for
 * boundary-crossing searches. Created per segment; not shared.
 */
final class TrackPath {
  private static final double CHORD_M = 150.0;
  private static final int MAX_CHORDS = 64;
  private static final double LINEAR_SAMPLING_MAX_M = 5000.0;

  private final Track from;
  private final Track to;
  private final double dtS;
  private final double lengthM;
  private final LocalTangentPlane plane; // null: geodesic model
  private final double[] p1Enu;
  private final int chords;
  private final double[] chordLat;
  private final double[] chordLon;

  TrackPath(Track from, Track to, PathModel model) {
    this.from = from;
    this.to = to;
    this.dtS = Duration.between(from.time(), to.time()).toNanos() / 1e9;
    this.lengthM = Wgs84.distanceM(from.position(), to.position());
    boolean hermite =
        model == PathModel.HERMITE
            && dtS > 0
            && (from.groundSpeedMps() > 0 || to.groundSpeedMps() > 0);
    if (hermite) {
      plane = new LocalTangentPlane(from.position().withAltitudeM(0.0));
      GeoPoint p1 = to.position();
      p1Enu = new double[3];
      plane.toEnu(p1.latDeg(), p1.lonDeg(), 0.0, p1Enu);
      double bulgeM =
          dtS
              * 4.0
              / 27.0
              * (Math.hypot(
                      from.velocityEastMps() - p1Enu[0] / dtS,
                      from.velocityNorthMps() - p1Enu[1] / dtS)
                  + Math.hypot(
                      to.velocityEastMps() - p1Enu[0] / dtS,
                      to.velocityNorthMps() - p1Enu[1] / dtS));
      chords = (int) Math.max(1, Math.min(MAX_CHORDS, Math.ceil((lengthM + 4 * bulgeM) / CHORD_M)));
    } else {
      plane = null;
      p1Enu = null;
      chords = 1;
    }
    chordLat = new double[chords + 1];
    chordLon = new double[chords + 1];
    for (int i = 0; i <= chords; i++) {
      GeoPoint p = i == 0 ? from.position() : i == chords ? to.position() : at((double) i / chords);
      chordLat[i] = p.latDeg();
      chordLon[i] = p.lonDeg();
    }
  }

  /** The earlier update. */
  Track from() {
    return from;
  }

  /** The later update. */
  Track to() {
    return to;
  }

  /** Time between the two updates, s. */
  double durationS() {
    return dtS;
  }

  /** Geodesic distance between the two updates, metres. */
  double lengthM() {
    return lengthM;
  }

  /**
   * An upper bound of the length of the assumed path, metres: the geodesic length for the geodesic
   * model; the chord polyline's length with a 5 % margin for the cubic.
   */
  double pathLengthUpperBoundM() {
    if (chords == 1) {
      return lengthM;
    }
    double sum = 0;
    for (int i = 0; i < chords; i++) {
      double cos = Math.cos(Math.toRadians(chordLat[i]));
      sum +=
          Math.hypot(
              (chordLon[i + 1] - chordLon[i]) * cos * 111_320.0,
              (chordLat[i + 1] - chordLat[i]) * 111_320.0);
    }
    return 1.05 * sum + 1.0;
  }

  /** Number of chords of the polyline approximation. */
  int chords() {
    return chords;
  }

  double chordLat(int i) {
    return chordLat[i];
  }

  double chordLon(int i) {
    return chordLon[i];
  }

  /** Whether the path is the Hermite curve (else the geodesic). */
  boolean curved() {
    return plane != null;
  }

  /**
   * The position at {@code f} for depth sampling: as {@link #at}, except that on a geodesic path
   * shorter than 5 km it interpolates longitude and latitude linearly (within 0.7 m of the geodesic
   * at 55° N, and 20 times faster).
   */
  GeoPoint sampleAt(double f) {
    if (plane != null || lengthM > LINEAR_SAMPLING_MAX_M || f <= 0 || f >= 1) {
      return at(f);
    }
    GeoPoint a = from.position();
    GeoPoint b = to.position();
    return new GeoPoint(
        a.latDeg() + f * (b.latDeg() - a.latDeg()),
        a.lonDeg() + f * (b.lonDeg() - a.lonDeg()),
        a.altitudeM() + f * (b.altitudeM() - a.altitudeM()));
  }

  /** The time at fraction {@code f}. */
  Instant timeAt(double f) {
    long nanos = Math.round(f * dtS * 1e9);
    return from.time().plusNanos(nanos);
  }

  /** The position at fraction {@code f}; altitude interpolated linearly. */
  GeoPoint at(double f) {
    if (f <= 0) {
      return from.position();
    }
    if (f >= 1) {
      return to.position();
    }
    if (plane == null) {
      return Wgs84.interpolate(from.position(), to.position(), f);
    }
    double f2 = f * f;
    double f3 = f2 * f;
    double h10 = f3 - 2 * f2 + f;
    double h01 = -2 * f3 + 3 * f2;
    double h11 = f3 - f2;
    double e =
        h10 * dtS * from.velocityEastMps() + h01 * p1Enu[0] + h11 * dtS * to.velocityEastMps();
    double n =
        h10 * dtS * from.velocityNorthMps() + h01 * p1Enu[1] + h11 * dtS * to.velocityNorthMps();
    double u = h01 * p1Enu[2];
    double[] llh = new double[3];
    plane.toGeo(e, n, u, llh);
    double a0 = from.position().altitudeM();
    double a1 = to.position().altitudeM();
    return new GeoPoint(llh[0], llh[1], a0 + f * (a1 - a0));
  }

  /**
   * The interpolated horizontal position covariance at {@code f}: {varEast, varNorth, covEN}, m².
   */
  double[] covarianceAt(double f) {
    double g = 1 - f;
    return new double[] {
      g * from.varEastM2() + f * to.varEastM2(),
      g * from.varNorthM2() + f * to.varNorthM2(),
      g * from.covEastNorthM2() + f * to.covEastNorthM2()
    };
  }
}
