package org.sargas.server.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.pipeline.ScanOutput;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.incident.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit half of the live node: a scan's output to the store and evidence log ({@link
 * IncidentSink}), then what was committed to the live picture and the publishers (WebSocket,
 * outputs, federation). An incident that cannot be recorded is counted and not published. Used by
 * the local {@link PipelineWorker} and by any {@link ServeBackend} that runs the pipeline elsewhere
 * (the Kafka backend of sargas-flink), so both commit and publish the same way.
 *
 * <p>Not thread-safe: one thread (the pipeline thread, or the backend's reader) calls it.
 */
public final class ScanCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(ScanCommitter.class);

  private final IncidentSink sink;
  private final PicturePublisher publisher;
  private final LivePicture picture;
  private final AtomicLong violationEvents;
  private final AtomicLong alertsRaised;
  private final AtomicLong sinkFailures;
  private final ServeMetrics.Histogram storeLatency;

  public ScanCommitter(
      IncidentSink sink, PicturePublisher publisher, LivePicture picture, ServeMetrics metrics) {
    this.sink = sink;
    this.publisher = publisher;
    this.picture = picture;
    violationEvents =
        metrics.counter("sargas_violation_events_total", "", "Violation life-cycle events");
    alertsRaised = metrics.counter("sargas_alerts_total", "", "Alerts raised");
    sinkFailures =
        metrics.counter(
            "sargas_store_failures_total", "", "Incident writes that failed (not published)");
    storeLatency =
        metrics.histogram(
            "sargas_scan_store_seconds", "Wall time of storing a scan's track history");
  }

  /**
   * Commits a scan's output to the store and evidence log, then publishes what was committed.
   *
   * @param triggerRxNanos {@link System#nanoTime()} at receipt of the frame that triggered the scan
   *     (alert latency), or 0 if unknown
   */
  public void publish(ScanOutput r, long triggerRxNanos) {
    List<Track> changed = r.tracks().tracks();
    List<String> dropped = picture.apply(r.scanTime(), changed);
    Map<String, String> violationOf = new HashMap<>();
    List<ViolationEvent> events = r.violationEvents();
    for (ViolationEvent e : events) {
      violationEvents.incrementAndGet();
      violationOf.put(
          e.violation().trackId() + "\u0000" + e.violation().zoneId(), e.violation().violationId());
    }
    for (ViolationEvent e : r.crossingEvents()) {
      sink.crossing(e);
    }
    List<Alert> alerts = r.alerts();
    List<String> incidentIds = new ArrayList<>(alerts.size());
    for (Alert a : alerts) {
      incidentIds.add(
          a.trackId() == null ? null : violationOf.get(a.trackId() + "\u0000" + a.zoneId()));
    }
    if (!events.isEmpty() || !alerts.isEmpty()) {
      // One commit for the scan's incidents (one forced evidence write, one transaction), then
      // publish what was new: the alert of a new violation reaches the operator one commit sooner.
      IncidentStore.FreshIncidents fresh = null;
      try {
        fresh = sink.incidents(events, alerts, incidentIds);
      } catch (IOException | RuntimeException ex) {
        sinkFailures.addAndGet(events.size() + alerts.size());
        LOG.error(
            "scan {}: {} violation event(s) and {} alert(s) not recorded (not published): {}",
            r.scanTime(),
            events.size(),
            alerts.size(),
            ex.toString());
      }
      if (fresh != null) {
        for (int i = 0; i < events.size(); i++) {
          if (fresh.events()[i]) {
            publisher.violation(events.get(i).violation());
          }
        }
        for (int i = 0; i < alerts.size(); i++) {
          if (fresh.alerts()[i]) {
            alertsRaised.incrementAndGet();
            publisher.alert(alerts.get(i), "NEW", null, incidentIds.get(i), triggerRxNanos);
          }
        }
      }
    }
    long tStore = System.nanoTime();
    try {
      sink.tracks(r.tracks());
      storeLatency.observeNanos(System.nanoTime() - tStore);
    } catch (RuntimeException e) {
      sinkFailures.incrementAndGet();
      LOG.warn("track history not stored: {}", e.toString());
    }
    List<Track> visible = new ArrayList<>(changed.size());
    for (Track t : changed) {
      if (t.state() == TrackState.CONFIRMED || t.state() == TrackState.COASTING) {
        visible.add(t);
      }
    }
    publisher.tracks(r.scanTime(), visible, dropped);
  }

  /**
   * Records an alert, then publishes it if it is new.
   *
   * @param violationId the incident it belongs to, or null
   * @param rxNanos {@link System#nanoTime()} at receipt of the triggering frame, or 0
   */
  public void raise(Alert a, String violationId, long rxNanos) {
    try {
      if (sink.alert(a, violationId)) {
        alertsRaised.incrementAndGet();
        publisher.alert(a, "NEW", null, violationId, rxNanos);
      }
    } catch (IOException | RuntimeException ex) {
      sinkFailures.incrementAndGet();
      LOG.error("alert {} not recorded (not published): {}", a.alertId(), ex.toString());
    }
  }
}
