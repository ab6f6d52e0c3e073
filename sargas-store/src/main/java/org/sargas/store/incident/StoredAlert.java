package org.sargas.store.incident;

import org.sargas.model.airspace.Alert;

/**
 * An alert as stored, with its acknowledgement if any.
 *
 * @param alert the alert
 * @param incidentId the incident (violation id) it concerns, or null
 * @param acknowledgement the acknowledgement, or null while unacknowledged
 */
public record StoredAlert(Alert alert, String incidentId, Acknowledgement acknowledgement) {
  /** Whether an operator acknowledged it. */
  public boolean acknowledged() {
    return acknowledgement != null;
  }
}
