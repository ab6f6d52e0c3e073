package org.sargas.server.serve;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.alert.AlertPolicy;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.server.pipeline.AirPicturePipeline;
import org.sargas.server.pipeline.DomesticTrackFilter;
import org.sargas.store.journal.FrameJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single pipeline thread: frame → journal → decode → plausibility gate → event-time slices →
 * tracker + airspace monitor ({@link AirPicturePipeline}) → alert policy → durable sink (commit)
 * → publisher. It is the one writer of the tracker, the monitor, the picture and the sensor board.
 *
 * <p><b>Scans.</b> Observations are buffered and fed to the tracker in slices of {@code sliceS}
 * event time aligned to the epoch; the slice ending at {@code E} runs once the watermark (the
 * newest receive time seen, or a clock tick while idle) reaches {@code E + latenessS}. An
 * observation whose event time falls into a slice already run is counted as late and dropped.
 * Scan boundaries depend only on the frames' receive times and contents, so replaying a journal
 * gives the same scans, hence the same incidents.
 */
public final class PipelineWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineWorker.class);

  private final Map<String, FrameDecoder> decoders;
  private final PlausibilityGate gate;
  private final AirPicturePipeline pipeline;
  private final AlertPolicy alerts = new AlertPolicy();
  private final DomesticTrackFilter domestic;
  private final AtomicLong domesticSuppressed;
  private final IncidentSink sink;
  private final PicturePublisher publisher;
  private final LivePicture picture;
  private final SensorBoard board;
  private final ServeMetrics metrics;
  private final FrameJournal journal;
  private final BlockingQueue<IngestItem> queue;
  private final long sliceNanos;
  private final long latenessNanos;
  private final List<Observation> pending = new ArrayList<>();
  private final List<Long> pendingRx = new ArrayList<>();
  private final AtomicLong framesIn;
  private final AtomicLong observationsIn;
  private final AtomicLong lateReports;
  private final AtomicLong scans;
  private final AtomicLong violationEvents;
  private final AtomicLong alertsRaised;
  private final AtomicLong sinkFailures;
  private final AtomicLong journalFailures;
  private final ServeMetrics.Histogram scanLatency;
  private final ServeMetrics.Histogram trackLatency;
  private final ServeMetrics.Histogram storeLatency;
  private final Map<String, AtomicLong> gateRejects = new HashMap<>();
  private long watermarkNanos = Long.MIN_VALUE;
  private long nextScanEndNanos = Long.MIN_VALUE;
  private long lastScanEndNanos = Long.MIN_VALUE;
  private long lastSilenceCheckNanos = Long.MIN_VALUE;
  private long triggerRxNanos;
  private volatile boolean running = true;
  private volatile boolean aborted;
  private volatile Thread thread;

  /**
   * @param config inputs (one decoder each), sensors and pipeline settings
   * @param journal the frame journal, or null (replay)
   * @param queue the ingest queue this worker drains in {@link #run()}
   */
  public PipelineWorker(
      ServeConfig config,
      Map<String, org.sargas.model.sensor.Sensor> modelSensors,
      AirPicturePipeline pipeline,
      List<ZoneArea> zones,
      IncidentSink sink,
      PicturePublisher publisher,
      LivePicture picture,
      SensorBoard board,
      ServeMetrics metrics,
      FrameJournal journal,
      BlockingQueue<IngestItem> queue) {
    PipelineSettings settings = config.pipeline();
    this.decoders = new HashMap<>();
    this.gate = new PlausibilityGate(modelSensors, settings);
    this.domestic = new DomesticTrackFilter(zones);
    this.pipeline = pipeline;
    this.sink = sink;
    this.publisher = publisher;
    this.picture = picture;
    this.board = board;
    this.metrics = metrics;
    this.journal = journal;
    this.queue = queue;
    this.sliceNanos = (long) (settings.sliceS() * 1e9);
    this.latenessNanos = (long) (settings.latenessS() * 1e9);
    framesIn = metrics.counter("sargas_frames_processed_total", "", "Frames taken from the ingest queue by the pipeline");
    observationsIn = metrics.counter("sargas_observations_total", "", "Decoded observations (reports)");
    lateReports = metrics.counter("sargas_late_reports_total", "", "Reports arriving after their slice was processed");
    scans = metrics.counter("sargas_scans_total", "", "Tracker scans run");
    violationEvents = metrics.counter("sargas_violation_events_total", "", "Violation life-cycle events");
    alertsRaised = metrics.counter("sargas_alerts_total", "", "Alerts raised");
    sinkFailures = metrics.counter("sargas_store_failures_total", "", "Incident writes that failed (not published)");
    domesticSuppressed = metrics.counter("sargas_domestic_suppressed_total", "",
        "Violation events of tracks first seen inside the zone (domestic traffic), dropped");
    journalFailures = metrics.counter("sargas_journal_failures_total", "", "Journal appends that failed");
    scanLatency = metrics.histogram("sargas_scan_seconds", "Wall time of one scan (all stages)");
    trackLatency = metrics.histogram("sargas_scan_track_seconds", "Wall time of tracker + airspace monitor per scan");
    storeLatency = metrics.histogram("sargas_scan_store_seconds", "Wall time of storing a scan's track history");
    metrics.gauge("sargas_tracks", "", "Tracks in the live picture", picture::size);
    Map<Integer, String> bySacSic = new HashMap<>();
    Map<String, SensorConfig> sensorsById = new HashMap<>();
    for (SensorConfig s : config.sensors()) {
      sensorsById.put(s.id(), s);
      if (s.sacSic() >= 0) {
        bySacSic.put(s.sacSic(), s.id());
      }
    }
    for (InputConfig in : config.inputs()) {
      decoders.put(in.id(), new FrameDecoder(in, bySacSic, sensorsById, listener(in)));
    }
  }

  private FrameDecoder.Listener listener(InputConfig in) {
    AtomicLong errors = metrics.counter("sargas_decode_errors_total", "input=\"" + in.id() + "\"",
        "Decode failures per input");
    AtomicLong unknown = metrics.counter("sargas_unknown_source_total", "input=\"" + in.id() + "\"",
        "ASTERIX records with a SAC/SIC no sensor is configured for");
    return new FrameDecoder.Listener() {
      @Override
      public void failure(DecodeFailure failure) {
        errors.incrementAndGet();
        if (in.sensorId() != null) {
          board.error(in.sensorId());
        }
        if (errors.get() <= 20 || Long.bitCount(errors.get()) == 1) {
          LOG.warn("decode failure #{}: {}", errors.get(), failure);
        }
      }

      @Override
      public void alive(String sensorId, Instant receiveTime) {
        if (board.alive(sensorId, receiveTime)) {
          sensorUp(sensorId, receiveTime);
        }
      }

      @Override
      public void unknownSource(int sacSic) {
        unknown.incrementAndGet();
      }
    };
  }

  /** Drains the queue until {@link #stop()}, then processes what is left. */
  @Override
  public void run() {
    thread = Thread.currentThread();
    List<IngestItem> batch = new ArrayList<>(8192);
    while ((running || !queue.isEmpty()) && !aborted) {
      IngestItem first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        if (!running) {
          continue;
        }
        Thread.currentThread().interrupt();
        return;
      }
      if (first == null) {
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, 8191);
      try {
        process(batch);
      } catch (RuntimeException e) {
        LOG.error("pipeline: batch failed, continuing", e);
        metrics.counter("sargas_pipeline_errors_total", "", "Unexpected pipeline errors").incrementAndGet();
      }
      batch.clear();
    }
  }

  /** Asks {@link #run()} to finish after draining the queue. */
  public void stop() {
    running = false;
  }

  /** Asks {@link #run()} to finish after the current batch, leaving the rest of the queue. */
  public void abort() {
    running = false;
    aborted = true;
  }

  /** Processes a batch of items in order (pipeline thread, or the caller in replay). */
  public void process(List<IngestItem> batch) {
    if (journal != null) {
      List<RawFrame> frames = new ArrayList<>(batch.size());
      for (IngestItem it : batch) {
        if (it.frame() != null) {
          frames.add(it.frame());
        }
      }
      if (!frames.isEmpty()) {
        try {
          journal.appendAll(frames);
        } catch (IOException e) {
          journalFailures.incrementAndGet();
          LOG.error("journal append failed: {}", e.toString());
        }
      }
    }
    for (IngestItem it : batch) {
      if (it.frame() == null) {
        advance(nanos(it.tickTime()), it.receiveNanos());
      } else {
        frame(it);
      }
    }
  }

  private void frame(IngestItem it) {
    RawFrame f = it.frame();
    framesIn.incrementAndGet();
    metrics.counter("sargas_frames_in_total", "input=\"" + f.sourceId() + "\"", "Frames received per input").incrementAndGet();
    FrameDecoder d = decoders.get(f.sourceId());
    if (d == null) {
      metrics.counter("sargas_decode_errors_total", "input=\"" + f.sourceId() + "\"", "Decode failures per input")
          .incrementAndGet();
      return;
    }
    long rxNanos = nanos(f.receiveTime());
    d.decode(f, it.sourceOffset(), o -> {
      PlausibilityGate.Reason r = gate.check(o, f.receiveTime());
      if (r != null) {
        gateRejects.computeIfAbsent(r.name(), k -> metrics.counter("sargas_gate_rejects_total",
            "reason=\"" + k + "\"", "Reports rejected by the plausibility gate")).incrementAndGet();
        return;
      }
      long t = nanos(o.time());
      if (lastScanEndNanos != Long.MIN_VALUE && t < lastScanEndNanos) {
        lateReports.incrementAndGet();
        return;
      }
      observationsIn.incrementAndGet();
      pending.add(o);
      pendingRx.add(it.receiveNanos());
      if (nextScanEndNanos == Long.MIN_VALUE) {
        nextScanEndNanos = Math.floorDiv(t, sliceNanos) * sliceNanos + sliceNanos;
      }
    });
    advance(rxNanos, it.receiveNanos());
  }

  private void advance(long watermark, long rxNanos) {
    if (watermark > watermarkNanos) {
      watermarkNanos = watermark;
      triggerRxNanos = rxNanos;
    }
    while (nextScanEndNanos != Long.MIN_VALUE && watermarkNanos - latenessNanos >= nextScanEndNanos) {
      if (pending.isEmpty() && watermarkNanos - latenessNanos - nextScanEndNanos > 10 * sliceNanos) {
        nextScanEndNanos = Math.floorDiv(watermarkNanos - latenessNanos, sliceNanos) * sliceNanos;
      }
      scan(nextScanEndNanos);
      lastScanEndNanos = nextScanEndNanos;
      nextScanEndNanos += sliceNanos;
    }
    if (watermarkNanos - lastSilenceCheckNanos >= 100_000_000L) {
      lastSilenceCheckNanos = watermarkNanos;
      checkSensors(Instant.ofEpochSecond(0, watermarkNanos));
    }
  }

  private void scan(long endNanos) {
    long t0 = System.nanoTime();
    List<Observation> slice = new ArrayList<>();
    if (!pending.isEmpty()) {
      List<Integer> order = new ArrayList<>(pending.size());
      for (int i = 0; i < pending.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> pending.get(i).time()).thenComparing(i -> i));
      List<Observation> keep = new ArrayList<>();
      List<Long> keepRx = new ArrayList<>();
      for (int i : order) {
        Observation o = pending.get(i);
        if (nanos(o.time()) < endNanos) {
          slice.add(o);
        } else {
          keep.add(o);
          keepRx.add(pendingRx.get(i));
        }
      }
      pending.clear();
      pending.addAll(keep);
      pendingRx.clear();
      pendingRx.addAll(keepRx);
    }
    Instant scanTime = Instant.ofEpochSecond(0, endNanos);
    long tTrack = System.nanoTime();
    AirPicturePipeline.ScanResult r = pipeline.process(scanTime, slice, domestic::monitored);
    trackLatency.observeNanos(System.nanoTime() - tTrack);
    scans.incrementAndGet();
    List<Track> changed = r.tracks().tracks();
    List<String> dropped = picture.apply(scanTime, changed);
    for (ViolationEvent e : r.violationEvents()) {
      if (domestic.suppress(e)) {
        domesticSuppressed.incrementAndGet();
      } else {
        handle(e);
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
    publisher.tracks(scanTime, visible, dropped);
    scanLatency.observeNanos(System.nanoTime() - t0);
  }

  private void handle(ViolationEvent e) {
    violationEvents.incrementAndGet();
    try {
      if (sink.violation(e)) {
        publisher.violation(e.violation());
      }
      Alert a = alerts.onViolation(e);
      if (a != null && sink.alert(a, e.violation().violationId())) {
        alertsRaised.incrementAndGet();
        publisher.alert(a, "NEW", null, e.violation().violationId(), triggerRxNanos);
      }
    } catch (IOException | RuntimeException ex) {
      sinkFailures.incrementAndGet();
      LOG.error("incident {} not recorded (not published): {}", e.violation().violationId(), ex.toString());
    }
  }

  private void checkSensors(Instant now) {
    List<String> down = board.checkSilence(now);
    for (String id : down) {
      Alert a = alerts.onSensorDown(id, now);
      try {
        sink.sensorStatus(id, false, now);
        if (sink.alert(a, null)) {
          alertsRaised.incrementAndGet();
          publisher.alert(a, "NEW", null, null, 0);
        }
      } catch (IOException | RuntimeException ex) {
        sinkFailures.incrementAndGet();
        LOG.error("sensor-down alert for {} not recorded: {}", id, ex.toString());
      }
    }
    if (!down.isEmpty()) {
      publisher.sensors(board.snapshot());
    }
  }

  /** Called by decoders' listener when a sensor came UP (pipeline thread). */
  void sensorUp(String sensorId, Instant time) {
    try {
      sink.sensorStatus(sensorId, true, time);
    } catch (RuntimeException ex) {
      sinkFailures.incrementAndGet();
    }
    publisher.sensors(board.snapshot());
  }

  /** End of data (replay): runs the remaining slices and closes every open violation. */
  public void flush() {
    if (nextScanEndNanos != Long.MIN_VALUE) {
      advance(Math.max(watermarkNanos, nextScanEndNanos + latenessNanos + sliceNanos * 2), triggerRxNanos);
    }
    for (ViolationEvent e : pipeline.flush()) {
      if (!domestic.suppress(e)) {
        handle(e);
      }
    }
  }

  /** Waits for the thread started on {@link #run()} to end. */
  public void join(Duration timeout) throws InterruptedException {
    Thread t = thread;
    if (t != null) {
      t.join(timeout.toMillis());
    }
  }

  static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
