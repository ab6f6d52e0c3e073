package org.sargas.model.airspace;

/** Which estimate of the track a violation's figures were measured on. */
public enum MeasurementBasis {
  /**
   * The real-time (filtered) track: each estimate uses the reports up to its time. What the first
   * alert is raised on.
   */
  FILTERED,
  /**
   * The fixed-lag smoothed track: each estimate also uses the reports of the following seconds
   * (Rauch–Tung–Striebel), so it lags less in turns and is less noisy; it arrives later.
   */
  SMOOTHED
}
