package org.sargas.track.classification.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * A simulated flight path in the region frame: east and north of the ellipsoid point below the
 * target and altitude above the ellipsoid, sampled every {@value #STEP_S} s and interpolated
 * linearly between samples. Immutable.
 */
public final class Trajectory {
  /** Integration and sampling step, s. */
  public static final double STEP_S = 0.5;

  private final double[] eastM;
  private final double[] northM;
  private final double[] altitudeM;

  private Trajectory(double[] eastM, double[] northM, double[] altitudeM) {
    this.eastM = eastM;
    this.northM = northM;
    this.altitudeM = altitudeM;
  }

  /**
   * Flies {@code legs} from a start state: the speed moves towards each leg's speed at {@code
   * accelerationMps2} at most, the heading turns at the leg's rate, the altitude changes at its
   * climb rate and stays within [{@code floorM}, 30,000 m].
   *
   * @param eastM start east, m
   * @param northM start north, m
   * @param altitudeM start altitude, m
   * @param headingDeg start heading, degrees clockwise from north
   * @param speedMps start ground speed, m/s
   * @param accelerationMps2 largest change of speed, m/s²
   * @param floorM lowest altitude, m
   * @param legs the legs, in order
   */
  public static Trajectory fly(
      double eastM,
      double northM,
      double altitudeM,
      double headingDeg,
      double speedMps,
      double accelerationMps2,
      double floorM,
      List<FlightLeg> legs) {
    int steps = 0;
    for (FlightLeg l : legs) {
      steps += (int) Math.round(l.durationS() / STEP_S);
    }
    double[] e = new double[steps + 1];
    double[] n = new double[steps + 1];
    double[] u = new double[steps + 1];
    double h = Math.toRadians(headingDeg);
    double v = speedMps;
    e[0] = eastM;
    n[0] = northM;
    u[0] = altitudeM;
    int k = 0;
    for (FlightLeg l : legs) {
      int m = (int) Math.round(l.durationS() / STEP_S);
      for (int i = 0; i < m; i++, k++) {
        double dv = l.speedMps() - v;
        double maxDv = accelerationMps2 * STEP_S;
        double v1 = v + Math.max(-maxDv, Math.min(maxDv, dv));
        double vMid = 0.5 * (v + v1);
        double hMid = h + 0.5 * Math.toRadians(l.turnRateDegPerS()) * STEP_S;
        e[k + 1] = e[k] + vMid * Math.sin(hMid) * STEP_S;
        n[k + 1] = n[k] + vMid * Math.cos(hMid) * STEP_S;
        u[k + 1] = Math.max(floorM, Math.min(30_000, u[k] + l.climbRateMps() * STEP_S));
        h += Math.toRadians(l.turnRateDegPerS()) * STEP_S;
        v = v1;
      }
    }
    return new Trajectory(e, n, u);
  }

  /** A target that does not move. */
  public static Trajectory stationary(
      double eastM, double northM, double altitudeM, double durationS) {
    int steps = (int) Math.round(durationS / STEP_S);
    double[] e = new double[steps + 1];
    double[] n = new double[steps + 1];
    double[] u = new double[steps + 1];
    Arrays.fill(e, eastM);
    Arrays.fill(n, northM);
    Arrays.fill(u, altitudeM);
    return new Trajectory(e, n, u);
  }

  /** Time the path lasts, s. */
  public double durationS() {
    return (eastM.length - 1) * STEP_S;
  }

  /**
   * The position at {@code atS} (clamped to the path) into {@code out}: east m, north m, altitude
   * m.
   */
  public void positionAt(double atS, double[] out) {
    double x = Math.max(0, Math.min(durationS(), atS)) / STEP_S;
    int i = Math.min(eastM.length - 2, (int) Math.floor(x));
    double w = x - i;
    out[0] = eastM[i] + w * (eastM[i + 1] - eastM[i]);
    out[1] = northM[i] + w * (northM[i + 1] - northM[i]);
    out[2] = altitudeM[i] + w * (altitudeM[i + 1] - altitudeM[i]);
  }
}
