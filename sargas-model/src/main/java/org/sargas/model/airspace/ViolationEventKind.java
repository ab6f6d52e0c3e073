package org.sargas.model.airspace;

/** Step in a violation's life cycle. */
public enum ViolationEventKind {
  OPENED,
  UPDATED,
  CLOSED,
  /**
   * The figures of an already reported violation measured again on the smoothed track (same
   * violation id, {@link MeasurementBasis#SMOOTHED}); raises no alert.
   */
  REVISED
}
