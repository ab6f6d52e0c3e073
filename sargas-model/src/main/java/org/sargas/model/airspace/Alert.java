package org.sargas.model.airspace;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an operator must see.
 *
 * @param alertId stable id (deterministic from its cause)
 * @param kind why
 * @param severity how urgent
 * @param time event time at which it was raised
 * @param trackId track concerned, or null
 * @param zoneId zone concerned, or null
 * @param message one-line text for the operator
 */
public record Alert(
    String alertId,
    AlertKind kind,
    Severity severity,
    Instant time,
    String trackId,
    String zoneId,
    String message) {
  public Alert {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(time, "time");
  }
}
