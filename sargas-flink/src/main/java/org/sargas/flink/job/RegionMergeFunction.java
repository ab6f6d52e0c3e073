package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.sector.SectorHandover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A region's air picture from its tracking sectors (decision 1703): the region's frames (decoded
 * here too, through the same {@link RegionFeed}, for the scans' reports the trust review weighs)
 * and its sectors' {@link SectorScan}s. A scan of the region runs once every sector's share of it
 * has arrived: the shares are merged by the pipeline's {@link SectorHandover} (the router and
 * numbering of {@code SectoredTracker}) and the rest of the stages run in the region's {@link
 * SurveillancePipeline} ({@link SurveillancePipeline#process(Instant, List, TrackBatch, List)}).
 * The outputs are those of {@link RegionPipelineFunction} with the same sectors: same kinds,
 * topics, keys and sequence numbers.
 *
 * <p>Timing: a sector emits a scan from its timer at the slice end, and Flink forwards a watermark
 * only after what the timers before it emitted, so by the time this operator's timer at a slice end
 * fires (its watermark is the smaller of the frames' and the sectors'), every sector's share of
 * that slice is here. Scans wait for missing shares in order, so the result does not depend on
 * arrival order.
 *
 * <p>State: the region's frame log ({@link FrameLog}), the sector scans received and not merged yet
 * (JSON records), and the time of the last scan merged. On restore the frame log is replayed with
 * outputs suppressed through the region pipeline's own sectored tracker for the scans merged before
 * the checkpoint — the same trackers, routing and handover give the same tracks (decision 1703), so
 * pipeline and handover come back as they were — and the scans after it wait for their sectors'
 * shares again. The merge thus never keeps the sectors' tracks of the past.
 */
public final class RegionMergeFunction
    extends KeyedCoProcessFunction<Long, FrameRecord, SectorScan, RegionOutput> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(RegionMergeFunction.class);

  /** The key of a region's end-of-input shares. */
  private static final long FLUSH = Long.MAX_VALUE;

  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private final int sectors;
  private transient Map<Long, Merge> regions;
  private transient FrameLog frames;
  private transient ListState<SectorScan> received;
  private transient ValueState<Long> merged;
  private transient RegionFeed.Counters counters;
  private transient ObjectMapper json;
  private transient Counter scans;
  private transient LongCounter handovers;
  private transient LongCounter outputs;

  /**
   * @param sectors tracking sectors per region
   */
  public RegionMergeFunction(
      JobSettings settings, PipelineFactory pipelines, FeedDecoders feeds, int sectors) {
    this.settings = settings;
    this.pipelines = pipelines;
    this.feeds = feeds;
    this.sectors = sectors;
  }

  /** The region of a sector scan (the key of this operator's second input). */
  public static final class ScanRegion implements KeySelector<SectorScan, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long getKey(SectorScan scan) {
      return scan.region();
    }
  }

  @Override
  public void open(OpenContext context) {
    regions = new HashMap<>();
    var metrics = getRuntimeContext().getMetricGroup();
    counters = RegionFeed.Counters.of(metrics);
    frames = new FrameLog(getRuntimeContext(), settings.sliceMs(), counters);
    received =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("sector-scans", SectorScan.class));
    merged = getRuntimeContext().getState(new ValueStateDescriptor<>("merged-through", Long.class));
    json = OutputJson.mapper();
    scans = metrics.counter("scans");
    handovers = new LongCounter();
    outputs = new LongCounter();
    getRuntimeContext().addAccumulator(RegionPipelineFunction.HANDOVERS, handovers);
    getRuntimeContext().addAccumulator(RegionPipelineFunction.OUTPUTS, outputs);
  }

  @Override
  public void processElement1(FrameRecord frame, Context ctx, Collector<RegionOutput> out)
      throws Exception {
    frames.frame(region(ctx.getCurrentKey()), out, frame, ctx.timerService());
  }

  @Override
  public void processElement2(SectorScan scan, Context ctx, Collector<RegionOutput> out)
      throws Exception {
    Merge m = region(ctx.getCurrentKey());
    m.output(out);
    received.add(scan);
    m.arrive(scan);
    m.drain();
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<RegionOutput> out)
      throws Exception {
    frames.timer(region(ctx.getCurrentKey()), out, timestamp, ctx.timerService());
  }

  /** The region's live state; rebuilt from its logs when the task has none (after a restore). */
  private Merge region(long key) throws Exception {
    Merge m = regions.get(key);
    if (m != null) {
      return m;
    }
    m = new Merge(key, pipelines.newPipeline(key));
    regions.put(key, m);
    m.output(null); // replay: outputs suppressed, sequence numbers advance
    Iterable<SectorScan> waiting = received.get();
    if (waiting != null) {
      for (SectorScan s : waiting) {
        m.arrive(s);
      }
    }
    Long through = merged.value();
    m.replayThrough = through == null ? Long.MIN_VALUE : through;
    frames.replay(m);
    m.replayThrough = Long.MIN_VALUE;
    return m;
  }

  /** A scan of the region (or its end), waiting for its sectors' shares. */
  private record Pending(long key, Instant time, List<Observation> observations) {}

  /** A region's feed, pipeline, handover, waiting scans and output numbering. */
  private final class Merge extends KeyedFeed<RegionOutput> {
    final long id;
    final SurveillancePipeline pipeline;
    final SectorHandover handover;
    final ScanEmitter emitter;
    final Map<Long, SectorScan[]> shares = new HashMap<>();
    final ArrayDeque<Pending> pending = new ArrayDeque<>();

    /**
     * While replaying: the last scan merged before the checkpoint (its scans and those before run
     * through the pipeline's own sectored tracker); {@link Long#MIN_VALUE} otherwise.
     */
    long replayThrough = Long.MIN_VALUE;

    Merge(long id, SurveillancePipeline pipeline) {
      super(settings, feeds, pipeline::admit, counters);
      if (pipeline.tracker().sectorCount() != sectors || pipeline.tracker().handover() == null) {
        throw new IllegalStateException(
            "region "
                + id
                + " has "
                + pipeline.tracker().sectorCount()
                + " tracking sectors, the job's keys "
                + sectors);
      }
      this.id = id;
      this.pipeline = pipeline;
      this.handover = pipeline.tracker().handover();
      this.emitter = new ScanEmitter(settings, id, json);
    }

    @Override
    void output(Collector<RegionOutput> out) {
      emitter.out = out;
      feed.logging = out != null;
    }

    @Override
    public void scan(Instant scanTime, List<Observation> observations) {
      long nanos = EventTimeSlicer.nanos(scanTime);
      if (pending.isEmpty() && replayThrough != Long.MIN_VALUE && nanos <= replayThrough) {
        scans.inc();
        emitter.emit(pipeline.process(scanTime, observations));
        return;
      }
      pending.add(new Pending(nanos, scanTime, observations));
      drain();
    }

    @Override
    void finish() {
      long last = feed.finish();
      ended = true;
      if (pending.isEmpty() && replayThrough == FLUSH) {
        emitter.emit(pipeline.flush(Instant.ofEpochSecond(0, last)));
        return;
      }
      pending.add(new Pending(FLUSH, Instant.ofEpochSecond(0, last), List.of()));
      drain();
    }

    /** A sector's share of a scan (or its end). */
    void arrive(SectorScan s) {
      if (s.sector() < 0 || s.sector() >= sectors) {
        throw new IllegalStateException("sector scan of unknown sector " + s.sector());
      }
      SectorScan[] got =
          shares.computeIfAbsent(s.flush() ? FLUSH : s.scanNanos(), k -> new SectorScan[sectors]);
      if (got[s.sector()] != null) {
        throw new IllegalStateException(
            "sector " + s.sector() + " sent scan " + s.scanNanos() + " twice");
      }
      got[s.sector()] = s;
    }

    /**
     * Runs the waiting scans, in order, while every sector's share of the next one is here (not
     * while replaying: those scans wait for the shares the sectors send again).
     */
    void drain() {
      if (replayThrough != Long.MIN_VALUE) {
        return;
      }
      boolean any = false;
      while (runNext()) {
        any = true;
      }
      if (any) {
        List<SectorScan> left = new ArrayList<>();
        for (SectorScan[] got : shares.values()) {
          for (SectorScan x : got) {
            if (x != null) {
              left.add(x);
            }
          }
        }
        try {
          received.update(left);
        } catch (Exception e) {
          throw new IllegalStateException("region " + id + ": sector scans not stored", e);
        }
      }
    }

    /** Runs the next waiting scan if every sector's share of it is here. */
    private boolean runNext() {
      Pending p = pending.peek();
      SectorScan[] got = p == null ? null : shares.get(p.key());
      if (got == null || Arrays.asList(got).contains(null)) {
        return false;
      }
      pending.poll();
      shares.remove(p.key());
      try {
        merged.update(p.key());
      } catch (Exception e) {
        throw new IllegalStateException("region " + id + ": merge progress not stored", e);
      }
      List<List<Track>> smoothed = new ArrayList<>(sectors);
      for (SectorScan s : got) {
        smoothed.add(tracks(s.smoothedJson()));
      }
      if (p.key() == FLUSH) {
        emitter.emit(pipeline.flush(p.time(), handover.mergeSmoothed(smoothed)));
        flushed(p.time());
        return true;
      }
      TrackBatch[] batches = new TrackBatch[sectors];
      for (int k = 0; k < sectors; k++) {
        batches[k] = new TrackBatch(p.time(), tracks(got[k].tracksJson()));
      }
      TrackBatch tracked = handover.merge(p.time(), batches);
      scans.inc();
      emitter.emit(
          pipeline.process(p.time(), p.observations(), tracked, handover.mergeSmoothed(smoothed)));
      return true;
    }

    private List<Track> tracks(String array) {
      return Arrays.asList(OutputJson.read(json, array, Track[].class));
    }

    private void flushed(Instant at) {
      if (emitter.out == null) {
        return;
      }
      handovers.add(handover.adoptions());
      outputs.add(emitter.count());
      LOG.info(
          "region {} ({} sectors) flushed at {}: {} reports, {} scans, {} outputs, {} gate"
              + " rejections, {} late reports, {} decode failures",
          id,
          sectors,
          at,
          feed.offered(),
          scans.getCount(),
          emitter.count(),
          counters.rejected().getCount(),
          counters.late().getCount(),
          counters.decodeFailures().getCount());
    }
  }
}
