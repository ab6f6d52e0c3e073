package org.sargas.response.path;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import org.sargas.model.geo.GeoPoint;
import org.sargas.response.area.AreaTest;
import org.sargas.response.area.ProtectedSite;

/**
 * A threat's predicted path: positions at equal time steps from the track's time, under one motion
 * hypothesis. Between samples positions are interpolated linearly in latitude and longitude (the
 * samples are a few seconds and a few hundred metres apart, so the error is centimetres). Immutable
 * and thread-safe.
 */
public final class PredictedPath {
  private static final int BISECTIONS = 14;

  private final MotionHypothesis hypothesis;
  private final Instant startTime;
  private final double stepS;
  private final double[] lat;
  private final double[] lon;
  private final double altitudeM;

  /**
   * @param hypothesis the hypothesis it was flown under
   * @param startTime event time of the first sample
   * @param stepS sample spacing, seconds, &gt; 0
   * @param latDeg latitudes of the samples, degrees (copied)
   * @param lonDeg longitudes, degrees (copied; same length, at least 1)
   * @param altitudeM constant altitude above the ellipsoid, metres
   */
  public PredictedPath(
      MotionHypothesis hypothesis,
      Instant startTime,
      double stepS,
      double[] latDeg,
      double[] lonDeg,
      double altitudeM) {
    this.hypothesis = Objects.requireNonNull(hypothesis, "hypothesis");
    this.startTime = Objects.requireNonNull(startTime, "startTime");
    if (!(stepS > 0)) {
      throw new IllegalArgumentException("step must be > 0 s");
    }
    if (latDeg.length == 0 || latDeg.length != lonDeg.length) {
      throw new IllegalArgumentException("latitudes and longitudes must have the same length > 0");
    }
    this.stepS = stepS;
    this.lat = latDeg.clone();
    this.lon = lonDeg.clone();
    this.altitudeM = altitudeM;
  }

  public MotionHypothesis hypothesis() {
    return hypothesis;
  }

  /** Event time of sample 0 (the track's time). */
  public Instant startTime() {
    return startTime;
  }

  /** Sample spacing, seconds. */
  public double stepS() {
    return stepS;
  }

  /** Number of samples. */
  public int size() {
    return lat.length;
  }

  /** Time of the last sample after the start, seconds. */
  public double horizonS() {
    return (lat.length - 1) * stepS;
  }

  /** Seconds from the start to sample {@code i}. */
  public double timeS(int i) {
    return i * stepS;
  }

  /** Latitude of sample {@code i}, degrees. */
  public double latDeg(int i) {
    return lat[i];
  }

  /** Longitude of sample {@code i}, degrees. */
  public double lonDeg(int i) {
    return lon[i];
  }

  /** Altitude above the ellipsoid, metres (constant along the path). */
  public double altitudeM() {
    return altitudeM;
  }

  /** Sample {@code i} as a point with the path's altitude. */
  public GeoPoint point(int i) {
    return new GeoPoint(lat[i], lon[i], altitudeM);
  }

  /** The event time {@code tS} seconds after the start. */
  public Instant timeAt(double tS) {
    return startTime.plus(Duration.ofNanos(Math.round(tS * 1e9)));
  }

  /** The position {@code tS} seconds after the start, clamped to [0, horizon]. */
  public GeoPoint at(double tS) {
    double x = Math.max(0, Math.min(horizonS(), tS)) / stepS;
    int i = Math.min((int) Math.floor(x), lat.length - 1);
    if (i >= lat.length - 1) {
      return point(lat.length - 1);
    }
    double f = x - i;
    double dLon = lon[i + 1] - lon[i];
    if (dLon > 180) {
      dLon -= 360;
    } else if (dLon < -180) {
      dLon += 360;
    }
    return new GeoPoint(lat[i] + f * (lat[i + 1] - lat[i]), lon[i] + f * dLon, altitudeM);
  }

  /**
   * The first time the path is inside {@code area}, seconds after the start, refined between
   * samples by bisection to a few milliseconds; 0 when the start is inside; empty when the path
   * stays outside over the whole horizon (an excursion shorter than one step may be missed).
   */
  public OptionalDouble firstInsideS(AreaTest area) {
    return firstS((la, lo) -> area.inside(la, lo));
  }

  /** As {@link #firstInsideS} for the site's radius: the first time the site is reached. */
  public OptionalDouble firstReachS(ProtectedSite site) {
    return firstS(site::reached);
  }

  private interface Predicate2 {
    boolean test(double latDeg, double lonDeg);
  }

  private OptionalDouble firstS(Predicate2 p) {
    if (p.test(lat[0], lon[0])) {
      return OptionalDouble.of(0);
    }
    for (int i = 1; i < lat.length; i++) {
      if (p.test(lat[i], lon[i])) {
        double lo = timeS(i - 1);
        double hi = timeS(i);
        for (int k = 0; k < BISECTIONS; k++) {
          double mid = (lo + hi) / 2;
          GeoPoint m = at(mid);
          if (p.test(m.latDeg(), m.lonDeg())) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        return OptionalDouble.of(hi);
      }
    }
    return OptionalDouble.empty();
  }
}
