package org.sargas.track.classification.evaluation;

/**
 * One piece of a simulated flight path.
 *
 * @param durationS how long the leg lasts, s (positive)
 * @param speedMps ground speed the aircraft accelerates or decelerates to, m/s
 * @param turnRateDegPerS turn rate, °/s (positive clockwise)
 * @param climbRateMps vertical rate, m/s
 */
public record FlightLeg(
    double durationS, double speedMps, double turnRateDegPerS, double climbRateMps) {
  public FlightLeg {
    if (!(durationS > 0) || !(speedMps >= 0)) {
      throw new IllegalArgumentException("leg needs a positive duration and a speed >= 0");
    }
  }

  /** A straight, level leg. */
  public static FlightLeg straight(double durationS, double speedMps) {
    return new FlightLeg(durationS, speedMps, 0, 0);
  }
}
