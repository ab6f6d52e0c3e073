package org.sargas.model.airspace;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

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
 * @param predictedEntryTime {@link AlertKind#EARLY_WARNING}: when the track is predicted to enter
 *     the zone; null for other kinds
 * @param leadTimeS {@link AlertKind#EARLY_WARNING}: {@code predictedEntryTime − time}, seconds; NaN
 *     for other kinds
 * @param predictedEntryPoint {@link AlertKind#EARLY_WARNING}: where it is predicted to enter; null
 *     for other kinds
 */
public record Alert(
    String alertId,
    AlertKind kind,
    Severity severity,
    Instant time,
    String trackId,
    String zoneId,
    String message,
    Instant predictedEntryTime,
    double leadTimeS,
    GeoPoint predictedEntryPoint) {
  public Alert {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(time, "time");
  }

  /** An alert without a prediction (every kind but {@link AlertKind#EARLY_WARNING}). */
  public Alert(
      String alertId,
      AlertKind kind,
      Severity severity,
      Instant time,
      String trackId,
      String zoneId,
      String message) {
    this(alertId, kind, severity, time, trackId, zoneId, message, null, Double.NaN, null);
  }
}
