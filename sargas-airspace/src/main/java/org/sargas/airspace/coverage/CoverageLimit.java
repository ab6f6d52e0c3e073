package org.sargas.airspace.coverage;

/** What limits a sensor's reach at an altitude. */
public enum CoverageLimit {
  /** The instrumented range. */
  RANGE,
  /** The radio horizon (4/3-earth model) between the antenna and the target. */
  HORIZON,
  /** The sensor's lowest elevation angle. */
  MIN_ELEVATION,
  /** Nothing at this altitude can be seen (e.g. below the lowest elevation everywhere). */
  NONE
}
