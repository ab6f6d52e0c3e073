package org.sargas.server.serve;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.track.TrackBatch;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.SensorStatus;
import org.sargas.store.recorder.IncidentRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production sink: evidence log entry (forced) then store row (committed), via {@link
 * IncidentRecorder}.
 *
 * <p>Track history ({@link #tracks}) is not an incident and is not published after it is stored:
 * with the {@linkplain #DurableSink(IncidentRecorder, IncidentStore, ServeMetrics) live node's
 * constructor} it is written by a writer thread of its own, off the pipeline thread, through a
 * bounded queue of {@value #HISTORY_QUEUE} batches (a batch that finds it full is dropped and
 * counted, {@code sargas_track_history_dropped_total}). {@link #close} writes what is queued.
 * Violations, alerts and sensor status stay synchronous: commit before publish.
 */
public final class DurableSink implements IncidentSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DurableSink.class);
  static final int HISTORY_QUEUE = 256;

  private final IncidentRecorder recorder;
  private final IncidentStore store;
  private final BlockingQueue<TrackBatch> history;
  private final AtomicLong historyDropped;
  private final Thread writer;
  private volatile boolean closing;

  /** A sink that stores track history on the caller's thread (replay). */
  public DurableSink(IncidentRecorder recorder, IncidentStore store) {
    this.recorder = recorder;
    this.store = store;
    this.history = null;
    this.historyDropped = null;
    this.writer = null;
  }

  /** A sink that stores track history on a writer thread of its own (live node). */
  public DurableSink(IncidentRecorder recorder, IncidentStore store, ServeMetrics metrics) {
    this.recorder = recorder;
    this.store = store;
    this.history = new ArrayBlockingQueue<>(HISTORY_QUEUE);
    this.historyDropped =
        metrics.counter(
            "sargas_track_history_dropped_total",
            "",
            "Track-history batches not stored because the history writer fell behind");
    metrics.gauge("sargas_queue_depth", "queue=\"history\"", "Queue depths", history::size);
    this.writer = Thread.ofPlatform().name("sargas-history").daemon().start(this::writeHistory);
  }

  @Override
  public boolean violation(ViolationEvent event) throws IOException {
    return recorder.violation(event);
  }

  @Override
  public boolean alert(Alert alert, String incidentId) throws IOException {
    return recorder.alert(alert, incidentId);
  }

  @Override
  public IncidentStore.FreshIncidents incidents(
      List<ViolationEvent> events, List<Alert> alerts, List<String> incidentIds)
      throws IOException {
    return recorder.incidents(events, alerts, incidentIds);
  }

  @Override
  public void tracks(TrackBatch batch) {
    if (history == null) {
      store.recordTracks(batch);
    } else if (!batch.tracks().isEmpty() && !history.offer(batch)) {
      historyDropped.incrementAndGet();
    }
  }

  @Override
  public void sensorStatus(String sensorId, boolean up, Instant time) {
    store.updateSensorStatus(sensorId, up ? SensorStatus.UP : SensorStatus.DOWN, time);
  }

  private void writeHistory() {
    while (!closing || !history.isEmpty()) {
      TrackBatch b;
      try {
        b = history.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (b == null) {
        continue;
      }
      try {
        store.recordTracks(b);
      } catch (RuntimeException e) {
        LOG.warn("track history not stored: {}", e.toString());
      }
    }
  }

  /** Writes the queued track history and stops the writer (before the store is closed). */
  @Override
  public void close() {
    closing = true;
    if (writer != null) {
      try {
        writer.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
