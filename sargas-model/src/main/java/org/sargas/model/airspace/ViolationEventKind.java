package org.sargas.model.airspace;

/** Step in a violation's life cycle. */
public enum ViolationEventKind {
  OPENED,
  UPDATED,
  CLOSED
}
