package org.sargas.store.recorder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.store.evidence.EvidenceEntries;
import org.sargas.store.evidence.EvidenceEntry;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.OperatorAction;

/**
 * Records what operators may be shown, durably, before they are shown it (commit before publish):
 * each method writes the evidence entry (forced to disk) and then the incident store row
 * (committed), and returns only when both are durable. Both writes are idempotent, so a retry after
 * a failure or a replay of the same events adds nothing twice. Publish to clients only after the
 * call returned.
 *
 * <p>Thread-safe (the log and the store are).
 */
public final class IncidentRecorder {
  private final EvidenceLog evidence;
  private final IncidentStore store;

  public IncidentRecorder(EvidenceLog evidence, IncidentStore store) {
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Records a violation life-cycle event.
   *
   * @return true if the store had not seen it (publish it); false for a repeat
   * @throws IOException if the evidence log cannot be written (nothing is stored then)
   */
  public boolean violation(ViolationEvent event) throws IOException {
    evidence.appendIfAbsent(EvidenceEntries.violation(event));
    return store.recordViolationEvent(event);
  }

  /**
   * Records a scan's violation events and alerts together: their evidence entries with one forced
   * write, then their rows in one transaction — two syncs for the scan instead of two per incident
   * (the alert of a new violation reaches the operator sooner). The same entries in the same order
   * as {@link #violation} for each event followed by {@link #alert} for each alert.
   *
   * @param incidentIds per alert, the violation it concerns, or null
   * @return which were new (publish those)
   * @throws IOException if the evidence log cannot be written (nothing is stored then)
   */
  public IncidentStore.FreshIncidents incidents(
      List<ViolationEvent> events, List<Alert> alerts, List<String> incidentIds)
      throws IOException {
    List<EvidenceEntry> entries = new ArrayList<>(events.size() + alerts.size());
    for (ViolationEvent e : events) {
      entries.add(EvidenceEntries.violation(e));
    }
    for (int i = 0; i < alerts.size(); i++) {
      entries.add(EvidenceEntries.alert(alerts.get(i), incidentIds.get(i)));
    }
    evidence.appendAllIfAbsent(entries);
    return store.recordIncidents(events, alerts, incidentIds);
  }

  /** Records an alert; returns true if new. */
  public boolean alert(Alert alert, String incidentId) throws IOException {
    evidence.appendIfAbsent(EvidenceEntries.alert(alert, incidentId));
    return store.recordAlert(alert, incidentId);
  }

  /** Records an acknowledgement (and its audit line); returns true if it was stored. */
  public boolean acknowledgement(Acknowledgement ack, String incidentId) throws IOException {
    if (store.alert(ack.alertId()).map(a -> a.acknowledged()).orElse(true)) {
      return false;
    }
    evidence.appendIfAbsent(EvidenceEntries.acknowledgement(ack, incidentId));
    return store.acknowledge(ack);
  }

  /** Records an operator action in the audit log and, as evidence, in the log. */
  public void operatorAction(OperatorAction action, String incidentId) throws IOException {
    evidence.appendIfAbsent(EvidenceEntries.operatorAction(action, incidentId));
    store.recordOperatorAction(action);
  }
}
