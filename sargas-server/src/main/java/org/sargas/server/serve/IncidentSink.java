package org.sargas.server.serve;

import java.io.IOException;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.track.TrackBatch;
import org.sargas.store.incident.IncidentStore;

/**
 * Where the pipeline makes incidents durable before they are published. Each method returns only
 * after the write is committed; true means "new, publish it".
 */
public interface IncidentSink {
  /** Records a violation life-cycle event. */
  boolean violation(ViolationEvent event) throws IOException;

  /**
   * A crossing of cleared traffic (flight plan, clearance) changed. Its INFO alert is recorded by
   * {@link #alert}; by default nothing more is kept (a crossing is not an incident).
   */
  default void crossing(ViolationEvent event) {}

  /** Records an alert of an incident (null for none). */
  boolean alert(Alert alert, String incidentId) throws IOException;

  /**
   * Records a scan's violation events, then its alerts, and says which were new. By default one
   * after the other; a durable sink commits them together (one forced evidence write, one
   * transaction), so the alert of a new violation is published sooner.
   *
   * @param incidentIds per alert, the incident it concerns, or null
   */
  default IncidentStore.FreshIncidents incidents(
      List<ViolationEvent> events, List<Alert> alerts, List<String> incidentIds)
      throws IOException {
    boolean[] ev = new boolean[events.size()];
    for (int i = 0; i < ev.length; i++) {
      ev[i] = violation(events.get(i));
    }
    boolean[] al = new boolean[alerts.size()];
    for (int i = 0; i < al.length; i++) {
      al[i] = alert(alerts.get(i), incidentIds.get(i));
    }
    return new IncidentStore.FreshIncidents(ev, al);
  }

  /** Records downsampled track history. */
  void tracks(TrackBatch batch);

  /** Records a sensor status change. */
  void sensorStatus(String sensorId, boolean up, java.time.Instant time);

  /** A sink that keeps everything in memory (replay without a store, tests). */
  static MemorySink memory() {
    return new MemorySink();
  }

  /** The in-memory sink. */
  final class MemorySink implements IncidentSink {
    private final java.util.LinkedHashMap<String, org.sargas.model.airspace.Violation> violations =
        new java.util.LinkedHashMap<>();
    private final java.util.Set<String> events = new java.util.HashSet<>();
    private final java.util.List<Alert> alerts = new java.util.ArrayList<>();
    private final java.util.LinkedHashMap<String, org.sargas.model.airspace.Violation> crossings =
        new java.util.LinkedHashMap<>();

    @Override
    public synchronized void crossing(ViolationEvent event) {
      crossings.put(event.violation().violationId(), event.violation());
    }

    /** Crossings in first-seen order, latest state. */
    public synchronized List<org.sargas.model.airspace.Violation> crossings() {
      return List.copyOf(crossings.values());
    }

    @Override
    public synchronized boolean violation(ViolationEvent event) {
      violations.put(event.violation().violationId(), event.violation());
      return events.add(event.violation().violationId() + "|" + event.kind() + "|" + event.time());
    }

    @Override
    public synchronized boolean alert(Alert alert, String incidentId) {
      if (alerts.stream().anyMatch(a -> a.alertId().equals(alert.alertId()))) {
        return false;
      }
      return alerts.add(alert);
    }

    @Override
    public void tracks(TrackBatch batch) {}

    @Override
    public void sensorStatus(String sensorId, boolean up, java.time.Instant time) {}

    /** Violations in first-seen order, latest state. */
    public synchronized List<org.sargas.model.airspace.Violation> violations() {
      return List.copyOf(violations.values());
    }

    /** Alerts in raise order. */
    public synchronized List<Alert> alerts() {
      return List.copyOf(alerts);
    }
  }
}
