package org.sargas.store.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log: something an operator did.
 *
 * @param time when (the server's clock)
 * @param operator who (login name)
 * @param action what, as a short verb phrase (e.g. {@code "alert.acknowledge"}, {@code
 *     "evidence.export"}, {@code "zone.edit"})
 * @param subject what it was done to (alert id, incident id, zone id), may be empty
 * @param detail free text or JSON with the parameters, may be empty
 */
public record OperatorAction(
    Instant time, String operator, String action, String subject, String detail) {
  public OperatorAction {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(action, "action");
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
  }
}
