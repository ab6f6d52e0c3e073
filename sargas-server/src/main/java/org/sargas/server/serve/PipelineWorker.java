package org.sargas.server.serve;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.model.airspace.Alert;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.GateRejection;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorBoard;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.journal.FrameJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single pipeline thread of the live node: frame → journal → decode ({@link
 * ObservationDecoders}, one decoder per input) → {@link SurveillancePipeline#admit plausibility
 * gate} → {@link EventTimeSlicer event-time scans} → {@link SurveillancePipeline} (tracker,
 * airspace monitor, early warning, runway suspension, alert policy — exactly what {@code scenario
 * run} runs) → durable sink (commit) → publisher. It is the one writer of the pipeline, the picture
 * and the sensor board.
 *
 * <p><b>Scans.</b> In the live node the watermark comes from the inputs ({@link InputWatermarks},
 * decision 1209): the receive time every UDP and TCP input has passed, which follows the clock
 * while they are idle. In a replay it is the newest receive time seen. A slice runs once the
 * watermark passes its end plus the lateness allowance (which in the live node only has to cover
 * reports measured before their receipt). An observation whose slice has already run is counted as
 * late and dropped — unless it is within the node's late-join allowance ({@code
 * pipeline.lateJoinS}) or its input's own, larger one ({@code InputConfig.latenessS}; by default
 * {@code pipeline.systemTrackLatenessS} for system-track reports): then it joins the next slice.
 * Slices are fixed event-time intervals and their contents depend only on the frames, so replaying
 * a journal gives the same scans, hence the same incidents, as long as the live node counted no
 * late report.
 */
public final class PipelineWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineWorker.class);

  private final Map<String, Feed> feeds = new HashMap<>();
  private final SurveillancePipeline pipeline;
  private final EventTimeSlicer slicer;
  private final double systemTrackLatenessS;
  private final double lateJoinS;
  private final AtomicLong lateJoined;
  private final IncidentSink sink;
  private final PicturePublisher publisher;
  private final LivePicture picture;
  private final SensorBoard board;
  private final ServeMetrics metrics;
  private final FrameJournal journal;
  private final BlockingQueue<IngestItem> queue;
  private final AtomicLong framesIn;
  private final AtomicLong observationsIn;
  private final AtomicLong lateReports;
  private final AtomicLong scans;
  private final AtomicLong sinkFailures;
  private final AtomicLong journalFailures;
  private final ServeMetrics.Histogram scanLatency;
  private final ServeMetrics.Histogram trackLatency;
  private final ScanCommitter committer;
  private final Map<GateRejection, AtomicLong> gateRejects = new HashMap<>();
  private final EventTimeSlicer.ScanHandler scanHandler = this::scan;
  private long lastSilenceCheckNanos = Long.MIN_VALUE;
  private long triggerRxNanos;
  private InputWatermarks watermarks;
  private int framesSinceWatermark;
  private volatile boolean running = true;
  private volatile boolean aborted;
  private volatile Thread thread;

  /** One input: its decoder and the listener that counts what the decoder reports. */
  private final class Feed implements DecodeListener {
    final InputConfig input;
    final ObservationDecoder decoder;
    final AtomicLong frames;
    final AtomicLong errors;
    final AtomicLong unknown;
    InputWatermarks.Slot slot;
    Instant receiveTime;

    Feed(InputConfig input, ObservationDecoder decoder) {
      this.input = input;
      this.decoder = decoder;
      String label = "input=\"" + input.id() + "\"";
      frames = metrics.counter("sargas_frames_in_total", label, "Frames received per input");
      errors = metrics.counter("sargas_decode_errors_total", label, "Decode failures per input");
      unknown =
          metrics.counter(
              "sargas_unknown_source_total",
              label,
              "ASTERIX records with a SAC/SIC no sensor is configured for");
    }

    @Override
    public void observation(Observation o) {
      admit(o, receiveTime, latenessS(o));
    }

    /**
     * The lateness this input allows {@code o}: its own, else the system-track default, at least
     * the node's late-join allowance.
     */
    double latenessS(Observation o) {
      double own =
          input.latenessS() != null
              ? input.latenessS()
              : o.measurement() instanceof SystemTrackMeasurement ? systemTrackLatenessS : 0.0;
      return Math.max(own, lateJoinS);
    }

    @Override
    public void failure(DecodeFailure failure) {
      long n = errors.incrementAndGet();
      if (input.sensorId() != null) {
        board.error(input.sensorId());
      }
      if (n <= 20 || Long.bitCount(n) == 1) {
        LOG.warn("decode failure #{} on input {}: {}", n, input.id(), failure);
      }
    }

    @Override
    public void sensorAlive(String sensorId, Instant time) {
      if (board.alive(sensorId, time)) {
        sensorUp(sensorId, time);
      }
    }

    @Override
    public void unknownSource(int sacSic) {
      unknown.incrementAndGet();
    }
  }

  /**
   * @param config inputs (one decoder each), sensors and pipeline settings
   * @param pipeline the one pipeline (this worker becomes its only writer)
   * @param journal the frame journal, or null (replay)
   * @param queue the ingest queue this worker drains in {@link #run()}
   */
  public PipelineWorker(
      ServeConfig config,
      SurveillancePipeline pipeline,
      IncidentSink sink,
      PicturePublisher publisher,
      LivePicture picture,
      SensorBoard board,
      ServeMetrics metrics,
      FrameJournal journal,
      BlockingQueue<IngestItem> queue) {
    this(
        config,
        pipeline,
        sink,
        publisher,
        picture,
        board,
        metrics,
        journal,
        queue,
        config.pipeline().latenessS());
  }

  /**
   * A worker whose slices wait {@code latenessS} instead of the configured lateness: a replay,
   * whose watermark is the newest receive time of the recording rather than the live node's input
   * watermarks, waits at least a second so that frames of different inputs journaled slightly out
   * of receive-time order are not late (decision 1209).
   */
  public PipelineWorker(
      ServeConfig config,
      SurveillancePipeline pipeline,
      IncidentSink sink,
      PicturePublisher publisher,
      LivePicture picture,
      SensorBoard board,
      ServeMetrics metrics,
      FrameJournal journal,
      BlockingQueue<IngestItem> queue,
      double latenessS) {
    PipelineSettings settings = config.pipeline();
    this.pipeline = pipeline;
    this.slicer = new EventTimeSlicer(settings.sliceS(), latenessS);
    this.systemTrackLatenessS = settings.systemTrackLatenessS();
    this.lateJoinS = settings.lateJoinS();
    this.sink = sink;
    this.publisher = publisher;
    this.picture = picture;
    this.board = board;
    this.metrics = metrics;
    this.journal = journal;
    this.queue = queue;
    framesIn =
        metrics.counter(
            "sargas_frames_processed_total",
            "",
            "Frames taken from the ingest queue by the pipeline");
    observationsIn =
        metrics.counter("sargas_observations_total", "", "Decoded observations (reports)");
    lateReports =
        metrics.counter(
            "sargas_late_reports_total", "", "Reports arriving after their slice was processed");
    lateJoined =
        metrics.counter(
            "sargas_late_joined_total",
            "",
            "Reports arriving after their slice ran but within the late-join allowance: taken into"
                + " the next slice");
    scans = metrics.counter("sargas_scans_total", "", "Tracker scans run");
    sinkFailures =
        metrics.counter(
            "sargas_store_failures_total", "", "Incident writes that failed (not published)");
    metrics.gauge(
        "sargas_domestic_suppressed_total",
        "",
        "Violation events of tracks first seen inside the zone (domestic traffic), dropped",
        pipeline::domesticSuppressed);
    metrics.gauge(
        "sargas_system_track_repeats_total",
        "",
        "System-track reports ignored: no newer than their source track's last report",
        () -> pipeline.tracker().systemTrackRepeats());
    journalFailures =
        metrics.counter("sargas_journal_failures_total", "", "Journal appends that failed");
    scanLatency = metrics.histogram("sargas_scan_seconds", "Wall time of one scan (all stages)");
    trackLatency =
        metrics.histogram(
            "sargas_scan_track_seconds",
            "Wall time of the pipeline stages (tracker, monitor, warning, alerts) per scan");
    committer = new ScanCommitter(sink, publisher, picture, metrics);
    metrics.gauge("sargas_tracks", "", "Tracks in the live picture", picture::size);
    List<SensorCalibration> calibrations = new ArrayList<>();
    Map<String, SensorCalibration> byId = new HashMap<>();
    for (SensorConfig s : config.sensors()) {
      SensorCalibration c = s.toCalibration();
      calibrations.add(c);
      byId.put(s.id(), c);
    }
    for (InputConfig in : config.inputs()) {
      SensorCalibration receiver = in.sensorId() == null ? null : byId.get(in.sensorId());
      try {
        feeds.put(
            in.id(),
            new Feed(in, ObservationDecoders.forFeed(in.format(), calibrations, receiver)));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("input " + in.id() + ": " + e.getMessage());
      }
    }
  }

  /**
   * Takes the watermark from the inputs ({@link InputWatermarks}, decision 1209) instead of the
   * newest receive time: a slice runs as soon as every tracked input has passed its end (plus the
   * slicer's lateness, which then covers only reports measured before their receipt). Frames and
   * ticks no longer move the watermark themselves. Call before {@link #run()}.
   *
   * @param slots the tracked inputs' slots by input id
   */
  public void useInputWatermarks(
      InputWatermarks watermarks, Map<String, InputWatermarks.Slot> slots) {
    this.watermarks = watermarks;
    for (Map.Entry<String, InputWatermarks.Slot> e : slots.entrySet()) {
      Feed f = feeds.get(e.getKey());
      if (f != null) {
        f.slot = e.getValue();
      }
    }
  }

  /** Drains the queue until {@link #stop()}, then processes what is left. */
  @Override
  public void run() {
    thread = Thread.currentThread();
    List<IngestItem> batch = new ArrayList<>(8192);
    while ((running || !queue.isEmpty()) && !aborted) {
      IngestItem first;
      try {
        first = queue.poll(pollNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        if (!running) {
          continue;
        }
        Thread.currentThread().interrupt();
        return;
      }
      try {
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, 8191);
          process(batch);
        }
        if (watermarks != null) {
          advanceToInputs();
        }
      } catch (RuntimeException e) {
        LOG.error("pipeline: batch failed, continuing", e);
        metrics
            .counter("sargas_pipeline_errors_total", "", "Unexpected pipeline errors")
            .incrementAndGet();
      }
      batch.clear();
    }
  }

  /**
   * How long to wait for a frame: until the next slice is due when the watermark comes from the
   * inputs (it moves with the clock while they are idle), at most 100 ms.
   */
  private long pollNanos() {
    long max = 100_000_000L;
    if (watermarks == null) {
      return max;
    }
    long due = slicer.nextDueNanos();
    long w = slicer.watermarkNanos();
    if (due == Long.MIN_VALUE || w == Long.MIN_VALUE) {
      return max;
    }
    return Math.max(200_000L, Math.min(max, due - w + 100_000L));
  }

  /** Moves the watermark to where every tracked input is ({@link InputWatermarks}). */
  private void advanceToInputs() {
    framesSinceWatermark = 0;
    advance(watermarks.watermarkNanos(), System.nanoTime());
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
        if (watermarks == null) {
          advance(EventTimeSlicer.nanos(it.tickTime()), it.receiveNanos());
        } else {
          advanceToInputs();
        }
      } else {
        frame(it);
        if (watermarks != null && ++framesSinceWatermark >= 64) {
          advanceToInputs(); // a long batch does not hold the slices back
        }
      }
    }
  }

  private void frame(IngestItem it) {
    RawFrame f = it.frame();
    framesIn.incrementAndGet();
    Feed feed = feeds.get(f.sourceId());
    if (feed == null) {
      metrics
          .counter(
              "sargas_decode_errors_total",
              "input=\"" + f.sourceId() + "\"",
              "Decode failures per input")
          .incrementAndGet();
      return;
    }
    feed.frames.incrementAndGet();
    feed.receiveTime = f.receiveTime();
    byte[] p = f.payload();
    feed.decoder.decode(p, 0, p.length, f.receiveTime(), f.sourceId(), it.sourceOffset(), feed);
    if (feed.slot != null) {
      feed.slot.processed(f.receiveTime());
    }
    if (watermarks == null) {
      advance(EventTimeSlicer.nanos(f.receiveTime()), it.receiveNanos());
    } else {
      triggerRxNanos = it.receiveNanos();
    }
  }

  private void admit(Observation o, Instant receiveTime, double latenessS) {
    GateRejection r = pipeline.admit(o, receiveTime);
    if (r != null) {
      gateRejects
          .computeIfAbsent(
              r,
              k ->
                  metrics.counter(
                      "sargas_gate_rejects_total",
                      "reason=\"" + k.name() + "\"",
                      "Reports rejected by the plausibility gate"))
          .incrementAndGet();
      return;
    }
    boolean behind = EventTimeSlicer.nanos(o.time()) < slicer.lastScanEndNanos();
    if (!slicer.offer(o, latenessS)) {
      lateReports.incrementAndGet();
      return;
    }
    if (behind) {
      lateJoined.incrementAndGet();
    }
    observationsIn.incrementAndGet();
  }

  private void advance(long watermark, long rxNanos) {
    if (watermark > slicer.watermarkNanos() && watermarks == null) {
      triggerRxNanos = rxNanos;
    }
    slicer.advance(watermark, scanHandler);
    long w = slicer.watermarkNanos();
    if (w - lastSilenceCheckNanos >= 100_000_000L) {
      lastSilenceCheckNanos = w;
      checkSensors(Instant.ofEpochSecond(0, w));
    }
  }

  private void scan(Instant scanTime, List<Observation> slice) {
    long t0 = System.nanoTime();
    ScanOutput r = pipeline.process(scanTime, slice);
    trackLatency.observeNanos(System.nanoTime() - t0);
    scans.incrementAndGet();
    publish(r);
    scanLatency.observeNanos(System.nanoTime() - t0);
  }

  /** Commits a scan's output to the store and evidence log, then publishes what was committed. */
  private void publish(ScanOutput r) {
    committer.publish(r, triggerRxNanos);
  }

  private void raise(Alert a, String violationId, long rxNanos) {
    committer.raise(a, violationId, rxNanos);
  }

  private void checkSensors(Instant now) {
    List<String> down = board.checkSilence(now);
    for (String id : down) {
      try {
        sink.sensorStatus(id, false, now);
      } catch (RuntimeException ex) {
        sinkFailures.incrementAndGet();
      }
      raise(pipeline.alertPolicy().onSensorDown(id, now), null, 0);
    }
    if (!down.isEmpty()) {
      publisher.sensors(board.snapshot());
    }
  }

  /** A sensor came UP (pipeline thread). */
  private void sensorUp(String sensorId, Instant time) {
    try {
      sink.sensorStatus(sensorId, true, time);
    } catch (RuntimeException ex) {
      sinkFailures.incrementAndGet();
    }
    publisher.sensors(board.snapshot());
  }

  /** End of data (replay): runs the remaining slices and closes every open violation. */
  public void flush() {
    slicer.flush(scanHandler);
    long w = Math.max(slicer.watermarkNanos(), slicer.lastScanEndNanos());
    if (w != Long.MIN_VALUE) {
      publish(pipeline.flush(Instant.ofEpochSecond(0, w)));
    }
  }

  /** Waits for the thread started on {@link #run()} to end. */
  public void join(Duration timeout) throws InterruptedException {
    Thread t = thread;
    if (t != null) {
      t.join(timeout.toMillis());
    }
  }
}
