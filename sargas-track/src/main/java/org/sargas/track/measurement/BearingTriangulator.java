package org.sargas.track.measurement;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Starts positions from bearings: remembers recent bearings that no track claimed and, when a new
 * one arrives, intersects it with the latest remembered bearing of every other sensor seen within a
 * time window — the weighted least-squares fix of all those lines of bearing (each line weighted by
 * its cross-range variance {@code (range · σθ)²}, plus {@code (σv · Δt)²} for the time skew). A fix
 * needs at least two sensors whose lines cross at a usable angle (at least {@code minCrossingRad}),
 * in front of each sensor and within its range. The bearings used are forgotten. Not thread-safe.
 */
public final class BearingTriangulator {
  private final double windowS;
  private final double speedSigmaMps;
  private final double minCrossingSin;
  private final ArrayDeque<Remembered> recent = new ArrayDeque<>();

  private static final class Remembered {
    final int sensorSlot;
    final double timeS;
    final double eastM;
    final double northM;
    final double bearingRad;
    final double varBearing;
    final double maxRangeM;

    Remembered(Detection d, double maxRangeM) {
      sensorSlot = d.sensorSlot;
      timeS = d.timeS;
      eastM = d.sensorEastM;
      northM = d.sensorNorthM;
      bearingRad = d.bearingRad;
      varBearing = d.varBearingRad2;
      this.maxRangeM = maxRangeM;
    }
  }

  /**
   * @param windowS how long an unclaimed bearing is kept for pairing, s
   * @param speedSigmaMps 1-σ target speed used to allow for the time skew between bearings, m/s
   * @param minCrossingRad smallest angle at which two lines of bearing are intersected, rad, in (0,
   *     π/2)
   */
  public BearingTriangulator(double windowS, double speedSigmaMps, double minCrossingRad) {
    if (!(minCrossingRad > 0 && minCrossingRad < Math.PI / 2)) {
      throw new IllegalArgumentException("minCrossingRad must be in (0, π/2): " + minCrossingRad);
    }
    this.windowS = windowS;
    this.speedSigmaMps = speedSigmaMps;
    this.minCrossingSin = Math.sin(minCrossingRad);
  }

  /**
   * Offers an unclaimed bearing. If it and remembered bearings of other sensors give a fix, writes
   * a POSITION detection at the bearing's time into {@code out} and returns the number of bearings
   * used (at least 2); otherwise remembers the bearing and returns 0.
   *
   * @param maxRangeM the bearing sensor's instrumented range, m
   */
  public int offer(Detection bearing, double maxRangeM, Detection out) {
    double now = bearing.timeS;
    recent.removeIf(
        r -> now - r.timeS > windowS || r.sensorSlot == bearing.sensorSlot && r.timeS <= now);
    Remembered fresh = new Remembered(bearing, maxRangeM);
    // The latest remembered bearing of each other sensor.
    Remembered[] chosen = new Remembered[recent.size() + 1];
    int n = 0;
    chosen[n++] = fresh;
    for (Iterator<Remembered> it = recent.descendingIterator(); it.hasNext(); ) {
      Remembered r = it.next();
      boolean seen = false;
      for (int i = 0; i < n; i++) {
        seen |= chosen[i].sensorSlot == r.sensorSlot;
      }
      if (!seen) {
        chosen[n++] = r;
      }
    }
    if (n < 2 || !solve(chosen, n, now, out)) {
      recent.addLast(fresh);
      return 0;
    }
    for (int i = 1; i < n; i++) {
      recent.remove(chosen[i]);
    }
    out.kind = DetectionKind.POSITION;
    out.timeS = now;
    out.observation = bearing.observation;
    out.sensorSlot = bearing.sensorSlot;
    out.identity = bearing.identity;
    out.altitudeM = Double.NaN;
    out.varAltitudeM2 = Double.NaN;
    out.altitudeAssumed = false;
    out.used = false;
    return n;
  }

  /** Weighted least squares intersection, two passes (the weights depend on the ranges). */
  private boolean solve(Remembered[] lines, int n, double now, Detection out) {
    // Initial ranges from the best-crossing pair with the fresh line.
    double x = Double.NaN;
    double y = Double.NaN;
    double bestSin = 0;
    Remembered a = lines[0];
    for (int i = 1; i < n; i++) {
      Remembered b = lines[i];
      double sa = Math.sin(a.bearingRad);
      double ca = Math.cos(a.bearingRad);
      double sb = Math.sin(b.bearingRad);
      double cb = Math.cos(b.bearingRad);
      double cross = sa * cb - ca * sb; // sin of the crossing angle
      if (Math.abs(cross) < minCrossingSin) {
        continue;
      }
      double dx = b.eastM - a.eastM;
      double dy = b.northM - a.northM;
      double ra = (dx * cb - dy * sb) / cross;
      double rb = (dx * ca - dy * sa) / cross;
      if (ra <= 0 || rb <= 0 || ra > a.maxRangeM || rb > b.maxRangeM) {
        continue;
      }
      if (Math.abs(cross) > bestSin) {
        bestSin = Math.abs(cross);
        x = a.eastM + ra * sa;
        y = a.northM + ra * ca;
      }
    }
    if (Double.isNaN(x)) {
      return false;
    }
    double i00 = 0;
    double i01 = 0;
    double i11 = 0;
    for (int pass = 0; pass < 2; pass++) {
      i00 = 0;
      i01 = 0;
      i11 = 0;
      double b0 = 0;
      double b1 = 0;
      int used = 0;
      for (int i = 0; i < n; i++) {
        Remembered l = lines[i];
        double range = Math.hypot(x - l.eastM, y - l.northM);
        double sin = Math.sin(l.bearingRad);
        double cos = Math.cos(l.bearingRad);
        // In front of the sensor and within range, else the line is not used.
        double along = (x - l.eastM) * sin + (y - l.northM) * cos;
        if (along <= 0 || range > l.maxRangeM) {
          continue;
        }
        double skew = speedSigmaMps * (now - l.timeS);
        double w = 1.0 / (range * range * l.varBearing + skew * skew + 1.0);
        // Normal to the line: n = (cos, -sin); constraint n·(p - s) = 0.
        double nx = cos;
        double ny = -sin;
        double c = nx * l.eastM + ny * l.northM;
        i00 += w * nx * nx;
        i01 += w * nx * ny;
        i11 += w * ny * ny;
        b0 += w * nx * c;
        b1 += w * ny * c;
        used++;
      }
      double det = i00 * i11 - i01 * i01;
      if (used < 2 || !(det > 0)) {
        return false;
      }
      x = (i11 * b0 - i01 * b1) / det;
      y = (i00 * b1 - i01 * b0) / det;
    }
    double det = i00 * i11 - i01 * i01;
    out.eastM = x;
    out.northM = y;
    out.varEastM2 = i11 / det;
    out.varNorthM2 = i00 / det;
    out.covEastNorthM2 = -i01 / det;
    return true;
  }
}
