package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Maps a state to the space of one kind of detection: {@code z = h(x) + v}, {@code v ~ N(0, R)}.
 * Linear models return a constant Jacobian.
 */
public interface MeasurementModel {

  /** Measurement dimension m. */
  int dimension();

  /** Whether {@code h} is linear (then the Kalman update is exact). */
  boolean isLinear();

  /** {@code zOut = h(x)}. */
  void predict(double[] x, int stateDimension, Detection d, double[] zOut);

  /** Jacobian of {@code h} at {@code x}, row-major {@code m x stateDimension}. */
  void jacobian(double[] x, int stateDimension, Detection d, double[] hOut);

  /** Measurement noise covariance R, row-major {@code m x m}. */
  void noiseCovariance(Detection d, double[] rOut);

  /** The detection's measurement vector z. */
  void measurement(Detection d, double[] zOut);

  /** {@code yOut = z - zPred}, wrapping angular components into (-π, π]. */
  void residual(double[] z, double[] zPred, double[] yOut);
}
