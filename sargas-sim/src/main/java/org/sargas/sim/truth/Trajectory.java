package org.sargas.sim.truth;

import java.util.List;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.scenario.Waypoint;

/**
 * A target's path: geodesic legs flown at constant speed between waypoints, altitude linear per
 * leg. Immutable and thread-safe.
 */
public final class Trajectory {
  private final String targetId;
  private final GeoPoint[] points;
  private final double[] timesS;

  /** Builds the path of a scenario target, deriving arrival times from leg speeds. */
  public Trajectory(ScenarioTarget target) {
    this.targetId = target.id();
    List<Waypoint> wps = target.waypoints();
    points = new GeoPoint[wps.size()];
    timesS = new double[wps.size()];
    double speed = Double.NaN;
    for (int i = 0; i < wps.size(); i++) {
      Waypoint w = wps.get(i);
      points[i] = new GeoPoint(w.latDeg(), w.lonDeg(), w.altitudeM());
      if (i == 0) {
        timesS[0] = Double.isNaN(w.timeS()) ? 0.0 : w.timeS();
        speed = w.speedMps();
        continue;
      }
      if (!Double.isNaN(w.speedMps())) {
        speed = w.speedMps();
      }
      if (!Double.isNaN(w.timeS())) {
        timesS[i] = w.timeS();
      } else if (speed > 0) {
        timesS[i] = timesS[i - 1] + Wgs84.distanceM(points[i - 1], points[i]) / speed;
      } else {
        throw new IllegalArgumentException(
            "target " + targetId + ": waypoint " + i + " has neither timeS nor a leg speed");
      }
      if (!(timesS[i] > timesS[i - 1])) {
        throw new IllegalArgumentException(
            "target " + targetId + ": waypoint " + i + " time does not increase");
      }
    }
  }

  /** Truth id. */
  public String targetId() {
    return targetId;
  }

  /** Scenario time of the first waypoint, seconds. */
  public double startS() {
    return timesS[0];
  }

  /** Scenario time of the last waypoint, seconds (the target vanishes after it). */
  public double endS() {
    return timesS[timesS.length - 1];
  }

  /** Whether the target exists at {@code tS}. */
  public boolean aliveAt(double tS) {
    return tS >= startS() && tS <= endS();
  }

  /** Position at scenario time {@code tS}, clamped to the path's ends. */
  public GeoPoint positionAt(double tS) {
    if (tS <= timesS[0]) {
      return points[0];
    }
    int n = timesS.length;
    if (tS >= timesS[n - 1]) {
      return points[n - 1];
    }
    int i = 1;
    while (timesS[i] < tS) {
      i++;
    }
    double f = (tS - timesS[i - 1]) / (timesS[i] - timesS[i - 1]);
    return Wgs84.interpolate(points[i - 1], points[i], f);
  }

  /** True state at {@code tS}; velocity by central difference over ±50 ms. */
  public TruthSample sampleAt(double tS, java.time.Instant time) {
    GeoPoint p = positionAt(tS);
    double h = 0.05;
    double t0 = Math.max(startS(), tS - h);
    double t1 = Math.min(endS(), tS + h);
    GeoPoint a = positionAt(t0);
    GeoPoint b = positionAt(t1);
    double dt = t1 - t0;
    if (dt <= 0) {
      return new TruthSample(targetId, time, p, 0, 0, 0);
    }
    double dist = Wgs84.distanceM(a, b);
    double az = Math.toRadians(Wgs84.azimuthDeg(a, b));
    return new TruthSample(
        targetId,
        time,
        p,
        dist * Math.sin(az) / dt,
        dist * Math.cos(az) / dt,
        (b.altitudeM() - a.altitudeM()) / dt);
  }
}
