package org.sargas.airspace.monitor;

/** How the monitor assumes a track moved between two consecutive updates. */
public enum PathModel {
  /** Along the geodesic between the two positions at constant speed (no velocity needed). */
  GEODESIC,
  /**
   * A cubic Hermite curve in the local east-north-up frame through both positions with both
   * updates' velocities as tangents (time-parametrised). Follows turns the tracker has seen; falls
   * back to {@link #GEODESIC} when both velocities are zero (tracks without velocity).
   */
  HERMITE
}
