package org.sargas.model.airspace;

/** Why an alert was raised. */
public enum AlertKind {
  /** A track is inside a protected zone. */
  VIOLATION,
  /** A track is predicted to enter a protected zone. */
  EARLY_WARNING,
  /** A drone in an airport protection zone: suspend runway operations. */
  RUNWAY_SUSPENSION,
  /** An emergency squawk (7500/7600/7700). */
  EMERGENCY_SQUAWK,
  /** A sensor feed stopped. */
  SENSOR_DOWN,
  /**
   * Cleared traffic crossed into a protected zone: a flight on its filed plan's route, or a state
   * aircraft within its diplomatic clearance. Recorded (INFO), not a violation.
   */
  CROSSING,
  /**
   * Several aircraft in one area show the same position offset or a collapse of their declared
   * navigation accuracy: GNSS jamming or spoofing there (an advisory, INFO; their ADS-B positions
   * are suspect).
   */
  GNSS_INTERFERENCE
}
