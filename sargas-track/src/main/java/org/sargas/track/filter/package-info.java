/**
 * Gaussian filtering: transition models (constant velocity, coordinated turn), measurement models
 * (position, bearing), predictors and updaters (Kalman, extended, unscented). States are in the
 * tracker's local tangent plane: {@code [east m, east m/s, north m, north m/s, (turn rate rad/s)]}.
 * Everything works in place on primitive arrays with preallocated scratch: no allocation per step.
 * Instances are not thread-safe (they own scratch space).
 */
package org.sargas.track.filter;
