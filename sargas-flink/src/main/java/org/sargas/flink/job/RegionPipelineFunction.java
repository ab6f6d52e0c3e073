package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sargas.model.observation.Observation;
import org.sargas.pipeline.EventTimeSlicer;
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

  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private transient Map<Long, Region> regions;
  private transient FrameLog frames;
  private transient RegionFeed.Counters counters;
  private transient ObjectMapper json;
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
    var metrics = getRuntimeContext().getMetricGroup();
    counters = RegionFeed.Counters.of(metrics);
    frames = new FrameLog(getRuntimeContext(), settings.sliceMs(), counters);
    json = OutputJson.mapper();
    scans = metrics.counter("scans");
    handovers = new LongCounter();
    outputs = new LongCounter();
    getRuntimeContext().addAccumulator(HANDOVERS, handovers);
    getRuntimeContext().addAccumulator(OUTPUTS, outputs);
  }

  @Override
  public void processElement(FrameRecord frame, Context ctx, Collector<RegionOutput> out)
      throws Exception {
    frames.frame(region(ctx.getCurrentKey()), out, frame, ctx.timerService());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<RegionOutput> out)
      throws Exception {
    frames.timer(region(ctx.getCurrentKey()), out, timestamp, ctx.timerService());
  }

  /** The region's live state; rebuilt from its log when the task has none (after a restore). */
  private Region region(long key) throws Exception {
    Region s = regions.get(key);
    if (s != null) {
      return s;
    }
    s = new Region(key, pipelines.newPipeline(key));
    regions.put(key, s);
    s.output(null); // replay: outputs suppressed, sequence numbers advance
    frames.replay(s);
    return s;
  }

  /** A region's feed, pipeline and output numbering. */
  private final class Region extends KeyedFeed<RegionOutput> {
    final long id;
    final SurveillancePipeline pipeline;
    final ScanEmitter emitter;

    Region(long id, SurveillancePipeline pipeline) {
      super(settings, feeds, pipeline::admit, counters);
      this.id = id;
      this.pipeline = pipeline;
      this.emitter = new ScanEmitter(settings, id, json);
    }

    @Override
    void output(Collector<RegionOutput> out) {
      emitter.out = out;
      feed.logging = out != null;
    }

    /** End of input: the frames taken in, the scans up to the end of data, the flush. */
    @Override
    void finish() {
      long last = feed.finish();
      emitter.emit(pipeline.flush(Instant.ofEpochSecond(0, last)));
      ended = true;
      if (emitter.out != null) {
        handovers.add(pipeline.tracker().handovers());
        outputs.add(emitter.count());
        LOG.info(
            "region {} flushed at {}: {} reports, {} scans, {} outputs, {} gate rejections, {}"
                + " late reports, {} decode failures",
            id,
            Instant.ofEpochSecond(0, last),
            feed.offered(),
            scans.getCount(),
            emitter.count(),
            counters.rejected().getCount(),
            counters.late().getCount(),
            counters.decodeFailures().getCount());
      }
    }

    @Override
    public void scan(Instant scanTime, List<Observation> observations) {
      scans.inc();
      emitter.emit(pipeline.process(scanTime, observations));
    }
  }
}
