package org.sargas.track.measurement;

/** How a detection constrains the state. */
public enum DetectionKind {
  /** A horizontal position (east, north) with a 2x2 covariance. */
  POSITION,
  /** A bearing from a sensor site, radians clockwise from the tracker frame's north. */
  BEARING,
  /**
   * Another tracker's track report: horizontal position and velocity (east, north, velocity east,
   * velocity north) with a 4x4 covariance (position block, velocity block).
   */
  POSITION_VELOCITY
}
