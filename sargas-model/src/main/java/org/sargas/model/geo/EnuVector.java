package org.sargas.model.geo;

/**
 * A vector in a local east-north-up tangent frame, in metres (or metres per second when it is a
 * velocity).
 */
public record EnuVector(double eastM, double northM, double upM) {

  /** Horizontal length, in metres. */
  public double horizontalNorm() {
    return Math.hypot(eastM, northM);
  }
}
