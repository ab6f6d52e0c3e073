package org.sargas.model.airspace;

/** How urgently an operator must act. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
