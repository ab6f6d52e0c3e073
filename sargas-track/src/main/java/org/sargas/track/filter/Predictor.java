package org.sargas.track.filter;

/** Predicts a Gaussian state to another event time under a transition model. */
public interface Predictor {

  /** State dimension this predictor works on. */
  int dimension();

  /**
   * Writes into {@code out} the prediction of {@code in} to {@code timeS}. {@code out} may be
   * {@code in} (in-place prediction).
   */
  void predict(GaussianState in, double timeS, GaussianState out);
}
