package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * The estimator a tracker runs for each track: a single-model Kalman filter or an interacting
 * multiple model. It composes the {@link Predictor}s and {@link Updater}s of its models. Not
 * thread-safe (scratch space); one instance per tracker.
 */
public interface TrackFilter {

  /** State dimension. */
  int dimension();

  /** A new, zeroed state of this filter's shape (for tracks and scratch). */
  FilterState newState();

  /**
   * Initialises {@code s} from its combined estimate (already set by the initiator): copies it into
   * every mode and sets the initial mode probabilities.
   */
  void initialise(FilterState s);

  /** Predicts {@code in} to {@code timeS} into {@code out} (distinct from {@code in}). */
  void predict(FilterState in, double timeS, FilterState out);

  /**
   * As {@link #predict}, and writes into {@code crossOut} (dimension × dimension, row-major) the
   * cross-covariance {@code Cov(x(in's time), x(timeS))} given the data so far: with the two
   * estimates, all a Rauch–Tung–Striebel smoother needs of the step ({@link FixedLagSmoother}). For
   * a single model it is {@code P F^T}; for a multiple-model filter the moment-matched value over
   * its modes.
   */
  void predictWithCrossCovariance(FilterState in, double timeS, FilterState out, double[] crossOut);

  /**
   * Updates the predicted state {@code s} (at the detection's time) with {@code d}, in place.
   *
   * @return the squared Mahalanobis distance of the detection against the combined prediction, or
   *     NaN (and no change) when the innovation is degenerate
   */
  double update(FilterState s, Detection d, Innovation inn);

  /**
   * Probabilistic data association update of the predicted state {@code s} with detections {@code
   * ds[0..count)} of weights {@code betas} and the miss weight {@code beta0}, in place.
   */
  void updateMixture(FilterState s, Detection[] ds, double[] betas, int count, double beta0);
}
