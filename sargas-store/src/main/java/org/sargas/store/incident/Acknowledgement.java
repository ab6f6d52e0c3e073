package org.sargas.store.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator's acknowledgement of an alert.
 *
 * @param alertId the alert acknowledged
 * @param operator who acknowledged (login name)
 * @param time when (the server's clock)
 * @param note free text, may be empty, never null
 */
public record Acknowledgement(String alertId, String operator, Instant time, String note) {
  public Acknowledgement {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(time, "time");
    note = note == null ? "" : note;
  }
}
