package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.track.Track;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.SurveillancePipeline;

/**
 * One geographic sector's air picture: the embedded node's {@link SurveillancePipeline} and {@link
 * EventTimeSlicer}, driven by Flink's event time (decision 1701).
 *
 * <p>Each report goes through the plausibility gate ({@link SurveillancePipeline#admit}) with its
 * frame's receive time and is offered to the slicer; an event-time timer at every slice end
 * advances the slicer, which runs the scans in order, exactly as the embedded node's watermark
 * does. At the end of a bounded input (the final watermark) the sector runs its scans up to {@link
 * JobSettings#endOfDataNanos} and flushes, as {@code scenario run} does.
 *
 * <p>State: the pipeline is a large deterministic object that Flink cannot serialise; it lives in
 * the task ({@code transient}) and the checkpoint holds the sector's log ({@link SectorLogEntry}):
 * every report offered and every slice end reached. On restore the first call for a sector replays
 * its log through a fresh pipeline with the outputs suppressed (they were emitted, and committed,
 * before the checkpoint), which rebuilds the same state; the sequence numbers of the outputs
 * ({@link SectorOutput#seq}) come out the same too.
 */
public final class SectorPipelineFunction
    extends KeyedProcessFunction<Long, SensedObservation, SectorOutput> {
  private static final long serialVersionUID = 1L;
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SectorPipelineFunction.class);

  /** Event time, then sensor id (the slicer's order; {@code scenario run}'s order). */
  private static final Comparator<SensedObservation> BY_TIME =
      Comparator.comparing((SensedObservation o) -> o.observation().time())
          .thenComparing(o -> o.observation().sensorId());

  private final JobSettings settings;
  private final PipelineFactory factory;
  private transient Map<Long, Sector> sectors;
  private transient ListState<SectorLogEntry> log;
  private transient ListState<SensedObservation> waiting;
  private transient ObjectMapper json;
  private transient Counter rejected;
  private transient Counter late;
  private transient Counter replayed;
  private transient Counter scans;

  public SectorPipelineFunction(JobSettings settings, PipelineFactory factory) {
    this.settings = settings;
    this.factory = factory;
  }

  @Override
  public void open(OpenContext context) {
    sectors = new HashMap<>();
    log =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("sector-log", SectorLogEntry.class));
    waiting =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("sector-waiting", SensedObservation.class));
    json = OutputJson.mapper();
    rejected = getRuntimeContext().getMetricGroup().counter("gateRejections");
    late = getRuntimeContext().getMetricGroup().counter("lateObservations");
    replayed = getRuntimeContext().getMetricGroup().counter("replayedLogEntries");
    scans = getRuntimeContext().getMetricGroup().counter("scans");
  }

  @Override
  public void processElement(SensedObservation in, Context ctx, Collector<SectorOutput> out)
      throws Exception {
    Sector s = sector(ctx.getCurrentKey());
    if (s.ended) {
      late.inc();
      return;
    }
    long timeMs = in.observation().time().toEpochMilli();
    if (timeMs <= ctx.timerService().currentWatermark()) {
      // Behind the watermark: its slice may have run; the slicer decides (late, or taken).
      s.out = out;
      log.add(new SectorLogEntry(SectorLogEntry.OBSERVATION, in, 0));
      s.offerAt(in);
      return;
    }
    // Held until the watermark passes it, then offered in event-time order (as scenario run does).
    waiting.add(in);
    ctx.timerService()
        .registerEventTimeTimer(
            (Math.floorDiv(timeMs, settings.sliceMs()) + 1) * settings.sliceMs());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SectorOutput> out)
      throws Exception {
    Sector s = sector(ctx.getCurrentKey());
    if (s.ended) {
      return;
    }
    s.out = out;
    boolean end = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
    long nanos = timestamp * 1_000_000L;
    List<SensedObservation> ready = new ArrayList<>();
    List<SensedObservation> keep = new ArrayList<>();
    Iterable<SensedObservation> held = waiting.get();
    if (held != null) {
      for (SensedObservation o : held) {
        (end || EventTimeSlicer.nanos(o.observation().time()) < nanos ? ready : keep).add(o);
      }
    }
    ready.sort(BY_TIME); // stable: one sensor's ties keep their arrival order
    for (SensedObservation o : ready) {
      log.add(new SectorLogEntry(SectorLogEntry.OBSERVATION, o, 0));
      s.offerAt(o);
    }
    waiting.update(keep);
    if (end) {
      log.add(new SectorLogEntry(SectorLogEntry.END, null, 0));
      s.end();
      return;
    }
    log.add(new SectorLogEntry(SectorLogEntry.ADVANCE, null, nanos));
    s.stepTo(nanos);
    // Every slice runs, with reports or without (tracks coast), as the node's clock ticks.
    ctx.timerService().registerEventTimeTimer(timestamp + settings.sliceMs());
  }

  /** The sector's live state; rebuilt from its log when the task has none (after a restore). */
  private Sector sector(long key) throws Exception {
    Sector s = sectors.get(key);
    if (s != null) {
      return s;
    }
    s = new Sector(key, factory.newPipeline(key));
    sectors.put(key, s);
    Iterable<SectorLogEntry> entries = log.get();
    if (entries != null) {
      s.out = null; // replay: outputs suppressed, sequence numbers advance
      for (SectorLogEntry e : entries) {
        replayed.inc();
        switch (e.kind()) {
          case SectorLogEntry.OBSERVATION -> s.offerAt(e.observation());
          case SectorLogEntry.ADVANCE -> s.stepTo(e.nanos());
          case SectorLogEntry.END -> s.end();
          default -> throw new IllegalStateException("unknown log entry kind " + e.kind());
        }
      }
    }
    return s;
  }

  /** A sector's pipeline, slicer and output numbering. */
  private final class Sector implements EventTimeSlicer.ScanHandler {
    final long id;
    final SurveillancePipeline pipeline;
    final EventTimeSlicer slicer;
    final long sliceNanos = Math.round(settings.sliceS() * 1e9);
    long seq;
    long offered;
    boolean ended;

    /** Where outputs go; null while replaying (suppressed). */
    Collector<SectorOutput> out;

    Sector(long id, SurveillancePipeline pipeline) {
      this.id = id;
      this.pipeline = pipeline;
      this.slicer = new EventTimeSlicer(settings.sliceS(), settings.latenessS());
    }

    /**
     * Event time moves to the report's time (in steps of at most a slice, as the node's clock
     * ticks), then the report goes through the gate to the slicer.
     */
    void offerAt(SensedObservation in) {
      stepTo(EventTimeSlicer.nanos(in.observation().time()));
      offer(in);
    }

    /** Gate and slicer; whether the report was buffered. */
    boolean offer(SensedObservation in) {
      offered++;
      if (pipeline.admit(in.observation(), Instant.ofEpochSecond(0, in.receiveNanos())) != null) {
        rejected.inc();
        return false;
      }
      if (!slicer.offer(in.observation())) {
        late.inc();
        return false;
      }
      return true;
    }

    /** Moves event time to {@code nanos} in steps of at most one slice. */
    void stepTo(long nanos) {
      for (long w = slicer.watermarkNanos();
          w != Long.MIN_VALUE && w + sliceNanos < nanos;
          w += sliceNanos) {
        slicer.advance(w + sliceNanos, this);
      }
      slicer.advance(nanos, this);
    }

    /** End of input: scans up to the end of data, then the pipeline's flush. */
    void end() {
      long end =
          settings.endOfDataNanos() != Long.MIN_VALUE
              ? settings.endOfDataNanos()
              : slicer.watermarkNanos();
      for (long w = slicer.watermarkNanos(); w != Long.MIN_VALUE && w < end; w += sliceNanos) {
        slicer.advance(Math.min(end, w + sliceNanos), this);
      }
      slicer.flush(this);
      long last = Math.max(end, slicer.lastScanEndNanos());
      emit(pipeline.flush(Instant.ofEpochSecond(0, last)));
      ended = true;
      if (out != null) {
        LOG.info(
            "sector {} flushed at {}: {} reports, {} scans, {} outputs, {} gate rejections, {} late"
                + " reports so far",
            id,
            Instant.ofEpochSecond(0, last),
            offered,
            scans.getCount(),
            seq,
            rejected.getCount(),
            late.getCount());
      }
    }

    @Override
    public void scan(Instant scanTime, List<org.sargas.model.observation.Observation> o) {
      scans.inc();
      emit(pipeline.process(scanTime, o));
    }

    private void emit(ScanOutput r) {
      long scanNanos = EventTimeSlicer.nanos(r.scanTime());
      for (Track t : r.tracks().tracks()) {
        send(settings.tracksTopic(), "track", scanNanos, t.trackId(), t);
      }
      for (Track t : r.smoothedTracks()) {
        send(settings.tracksTopic(), "smoothed", scanNanos, t.trackId(), t);
      }
      for (ViolationEvent e : r.violationEvents()) {
        send(settings.violationsTopic(), "violation", scanNanos, e.violation().violationId(), e);
      }
      for (ViolationEvent e : r.crossingEvents()) {
        send(settings.violationsTopic(), "crossing", scanNanos, e.violation().violationId(), e);
      }
      for (Warning w : r.warnings()) {
        send(settings.warningsTopic(), "warning", scanNanos, w.zoneId(), w);
      }
      for (Alert a : r.alerts()) {
        send(settings.alertsTopic(), "alert", scanNanos, a.alertId(), a);
      }
    }

    private void send(String topic, String kind, long scanNanos, String key, Object record) {
      long n = seq++;
      if (out != null) {
        out.collect(
            new SectorOutput(topic, kind, id, scanNanos, n, key, OutputJson.write(json, record)));
      }
    }
  }
}
