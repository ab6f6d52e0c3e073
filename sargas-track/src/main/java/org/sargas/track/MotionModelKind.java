package org.sargas.track;

/** Which motion model the tracker's filter uses. */
public enum MotionModelKind {
  /** A single nearly-constant-velocity Kalman filter. */
  CV,
  /** An interacting multiple model of constant velocity and coordinated turn. */
  IMM
}
