package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.SurveillancePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One region's air picture (decision 1701): its feeds' decoders ({@link FeedDecoders}, the node's
 * {@code ObservationDecoders}), and the embedded node's {@link SurveillancePipeline} and {@link
 * EventTimeSlicer}, driven by Flink's event time.
 *
 * <p>Frames are held until Flink's watermark passes their receive time; an event-time timer at
 * every slice end then releases the frames before it: they are decoded, their reports taken in
 * event-time order, each through the plausibility gate ({@link SurveillancePipeline#admit}) to the
 * slicer with event time stepped at most one slice at a time, and event time moves on to the slice
 * end — exactly the calls {@code scenario run} makes. Every slice runs, with reports or without, so
 * tracks coast and drop as in the node. At the end of a bounded input (the final watermark) the
 * region runs its scans up to {@link JobSettings#endOfDataNanos} and flushes, as {@code scenario
 * run} does.
 *
 * <p>State: decoders and pipeline are large deterministic objects that Flink cannot serialise; they
 * live in the task ({@code transient}) and the checkpoint holds the region's log ({@link
 * RegionLogEntry}: every frame taken in, every release, the end) and the frames still waiting for
 * the watermark. On restore the first call for a region replays its log through fresh decoders and
 * a fresh pipeline with the outputs suppressed (they were emitted, and committed, before the
 * checkpoint), which rebuilds the same state; the outputs' sequence numbers ({@link
 * RegionOutput#seq}) come out the same too. Only frames (bytes) are ever serialised.
 */
public final class RegionPipelineFunction
    extends KeyedProcessFunction<Long, FrameRecord, RegionOutput> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(RegionPipelineFunction.class);

  /**
   * Accumulator: tracks that took another tracking sector's id at a sector edge (decision 1201),
   * counted when a region flushes.
   */
  public static final String HANDOVERS = "sectorHandovers";

  /** Accumulator: outputs a region produced in all (its last sequence number + 1) at its flush. */
  public static final String OUTPUTS = "regionOutputs";

  /** Receive time, then source id: one source's frames keep their order (the sort is stable). */
  private static final Comparator<FrameRecord> BY_RECEIVE_TIME =
      Comparator.comparingLong(FrameRecord::receiveNanos).thenComparing(FrameRecord::sourceId);

  /** Event time only, as {@code scenario run} orders the decoded reports (stable). */
  private static final Comparator<Observation> BY_TIME = Comparator.comparing(Observation::time);

  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private transient Map<Long, Region> regions;
  private transient ListState<RegionLogEntry> log;
  private transient ListState<FrameRecord> waiting;
  private transient ObjectMapper json;
  private transient Counter decodeFailures;
  private transient Counter unknownSourceFrames;
  private transient Counter rejected;
  private transient Counter late;
  private transient Counter replayed;
  private transient Counter scans;
  private transient LongCounter handovers;
  private transient LongCounter outputs;

  public RegionPipelineFunction(
      JobSettings settings, PipelineFactory pipelines, FeedDecoders feeds) {
    this.settings = settings;
    this.pipelines = pipelines;
    this.feeds = feeds;
  }

  @Override
  public void open(OpenContext context) {
    regions = new HashMap<>();
    log =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("region-log", RegionLogEntry.class));
    waiting =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("region-waiting", FrameRecord.class));
    json = OutputJson.mapper();
    var metrics = getRuntimeContext().getMetricGroup();
    decodeFailures = metrics.counter("decodeFailures");
    unknownSourceFrames = metrics.counter("unknownSourceFrames");
    rejected = metrics.counter("gateRejections");
    late = metrics.counter("lateObservations");
    replayed = metrics.counter("replayedLogEntries");
    scans = metrics.counter("scans");
    handovers = new LongCounter();
    outputs = new LongCounter();
    getRuntimeContext().addAccumulator(HANDOVERS, handovers);
    getRuntimeContext().addAccumulator(OUTPUTS, outputs);
  }

  @Override
  public void processElement(FrameRecord frame, Context ctx, Collector<RegionOutput> out)
      throws Exception {
    Region s = region(ctx.getCurrentKey());
    if (s.ended) {
      late.inc();
      return;
    }
    if (frame.eventTimeMs() <= ctx.timerService().currentWatermark()) {
      // Behind the watermark: its slice may have run; the slicer decides (late, or taken).
      s.out = out;
      take(s, frame);
      release(s, Long.MIN_VALUE);
      return;
    }
    waiting.add(frame);
    long sliceMs = settings.sliceMs();
    ctx.timerService()
        .registerEventTimeTimer((Math.floorDiv(frame.eventTimeMs(), sliceMs) + 1) * sliceMs);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<RegionOutput> out)
      throws Exception {
    Region s = region(ctx.getCurrentKey());
    if (s.ended) {
      return;
    }
    s.out = out;
    boolean end = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
    long nanos = timestamp * 1_000_000L;
    List<FrameRecord> ready = new ArrayList<>();
    List<FrameRecord> keep = new ArrayList<>();
    Iterable<FrameRecord> held = waiting.get();
    if (held != null) {
      for (FrameRecord f : held) {
        (end || f.receiveNanos() < nanos ? ready : keep).add(f);
      }
    }
    ready.sort(BY_RECEIVE_TIME);
    for (FrameRecord f : ready) {
      take(s, f);
    }
    waiting.update(keep);
    if (end) {
      log.add(new RegionLogEntry(RegionLogEntry.END, null, Long.MIN_VALUE));
      s.finish();
      return;
    }
    release(s, nanos);
    // Every slice runs, with reports or without (tracks coast), as the node's clock ticks.
    ctx.timerService().registerEventTimeTimer(timestamp + settings.sliceMs());
  }

  private void take(Region s, FrameRecord f) throws Exception {
    log.add(new RegionLogEntry(RegionLogEntry.FRAME, f, Long.MIN_VALUE));
    s.taken.add(f);
  }

  private void release(Region s, long nanos) throws Exception {
    log.add(new RegionLogEntry(RegionLogEntry.RELEASE, null, nanos));
    s.release(nanos);
  }

  /** The region's live state; rebuilt from its log when the task has none (after a restore). */
  private Region region(long key) throws Exception {
    Region s = regions.get(key);
    if (s != null) {
      return s;
    }
    s = new Region(key, pipelines.newPipeline(key));
    regions.put(key, s);
    Iterable<RegionLogEntry> entries = log.get();
    if (entries != null) {
      s.out = null; // replay: outputs suppressed, sequence numbers advance
      for (RegionLogEntry e : entries) {
        replayed.inc();
        switch (e.kind()) {
          case RegionLogEntry.FRAME -> s.taken.add(e.frame());
          case RegionLogEntry.RELEASE -> s.release(e.nanos());
          case RegionLogEntry.END -> s.finish();
          default -> throw new IllegalStateException("unknown log entry kind " + e.kind());
        }
      }
    }
    return s;
  }

  /** A region's decoders, pipeline, slicer and output numbering. */
  private final class Region implements EventTimeSlicer.ScanHandler, DecodeListener {
    final long id;
    final SurveillancePipeline pipeline;
    final EventTimeSlicer slicer;
    final long sliceNanos = Math.round(settings.sliceS() * 1e9);
    final Map<String, ObservationDecoder> decoders = new HashMap<>();
    final Set<String> unknown = new HashSet<>();
    final List<FrameRecord> taken = new ArrayList<>();
    final List<Observation> decoded = new ArrayList<>();
    final Map<Observation, Long> receiveNanos = new java.util.IdentityHashMap<>();
    long seq;
    long offered;
    boolean ended;
    long currentReceiveNanos;

    /** Where outputs go; null while replaying (suppressed). */
    Collector<RegionOutput> out;

    Region(long id, SurveillancePipeline pipeline) {
      this.id = id;
      this.pipeline = pipeline;
      this.slicer = new EventTimeSlicer(settings.sliceS(), settings.latenessS());
    }

    /**
     * Decodes the frames taken in (receive-time order), offers their reports in event-time order,
     * then moves event time to {@code nanos} (unless {@link Long#MIN_VALUE}).
     */
    void release(long nanos) {
      for (FrameRecord f : taken) {
        decode(f);
      }
      taken.clear();
      decoded.sort(BY_TIME);
      for (Observation o : decoded) {
        offerAt(o, receiveNanos.get(o));
      }
      decoded.clear();
      receiveNanos.clear();
      if (nanos != Long.MIN_VALUE) {
        stepTo(nanos);
      }
    }

    private void decode(FrameRecord f) {
      ObservationDecoder decoder = decoders.get(f.sourceId());
      if (decoder == null) {
        decoder = feeds.decoderFor(f.sourceId());
        if (decoder == null) {
          unknownSourceFrames.inc();
          if (unknown.add(f.sourceId()) && out != null) {
            LOG.warn(
                "frames of unknown source {} dropped (first at offset {})",
                f.sourceId(),
                f.sourceOffset());
          }
          return;
        }
        decoders.put(f.sourceId(), decoder);
      }
      currentReceiveNanos = f.receiveNanos();
      decoder.decode(
          f.payload(),
          0,
          f.payload().length,
          f.receiveTime(),
          f.sourceId(),
          f.sourceOffset(),
          this);
    }

    @Override
    public void observation(Observation o) {
      decoded.add(o);
      receiveNanos.put(o, currentReceiveNanos);
    }

    @Override
    public void failure(DecodeFailure failure) {
      decodeFailures.inc();
      if (out != null) {
        LOG.debug("decode failure {}", failure);
      }
    }

    /**
     * Event time moves to the report's time (in steps of at most a slice, as the node's clock
     * ticks), then the report goes through the gate to the slicer.
     */
    void offerAt(Observation o, long receivedNanos) {
      stepTo(EventTimeSlicer.nanos(o.time()));
      offered++;
      if (pipeline.admit(o, Instant.ofEpochSecond(0, receivedNanos)) != null) {
        rejected.inc();
      } else if (!slicer.offer(o)) {
        late.inc();
      }
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

    /** End of input: the frames taken in, the scans up to the end of data, the flush. */
    void finish() {
      release(Long.MIN_VALUE);
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
        handovers.add(pipeline.tracker().handovers());
        outputs.add(seq);
        LOG.info(
            "region {} flushed at {}: {} reports, {} scans, {} outputs, {} gate rejections, {}"
                + " late reports, {} decode failures",
            id,
            Instant.ofEpochSecond(0, last),
            offered,
            scans.getCount(),
            seq,
            rejected.getCount(),
            late.getCount(),
            decodeFailures.getCount());
      }
    }

    @Override
    public void scan(Instant scanTime, List<Observation> observations) {
      scans.inc();
      emit(pipeline.process(scanTime, observations));
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
            new RegionOutput(topic, kind, id, scanNanos, n, key, OutputJson.write(json, record)));
      }
    }
  }
}
