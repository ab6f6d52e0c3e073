package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.PlausibilityGate;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.sector.SectorTracker;

/**
 * One tracking sector of a region (decision 1703): the region's decoders, gate and slicer ({@link
 * RegionFeed}, on every frame of the region, so it cuts the region's scans), then the sector's
 * {@link SectorTracker} — the region's router keeps the sector's reports for the sector's tracker,
 * built as the pipeline's {@code SectoredTracker} builds it. Per scan of the region it emits one
 * {@link SectorScan}, with tracks or without, and one at the end with its remaining smoothed
 * records; {@link RegionMergeFunction} merges the region's sectors.
 *
 * <p>Driven and checkpointed as the region pipeline is ({@link FrameLog}: frames held until the
 * watermark, a timer at every slice end, the key's frame log replayed on restore with outputs
 * suppressed). Its outputs carry model records as JSON only.
 */
public final class SectorTrackingFunction
    extends KeyedProcessFunction<Long, SectorFrame, SectorScan> {
  private static final long serialVersionUID = 1L;

  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private final SectorKeys keys;
  private transient Map<Long, Sector> sectors;
  private transient FrameLog frames;
  private transient RegionFeed.Counters counters;
  private transient ObjectMapper json;

  /**
   * @param keys the sector keys (sectors per region: the pipelines' sector count)
   */
  public SectorTrackingFunction(
      JobSettings settings, PipelineFactory pipelines, FeedDecoders feeds, SectorKeys keys) {
    this.settings = settings;
    this.pipelines = pipelines;
    this.feeds = feeds;
    this.keys = keys;
  }

  @Override
  public void open(OpenContext context) {
    sectors = new HashMap<>();
    var metrics = getRuntimeContext().getMetricGroup();
    counters = RegionFeed.Counters.of(metrics);
    frames = new FrameLog(getRuntimeContext(), settings.sliceMs(), counters);
    json = OutputJson.mapper();
  }

  @Override
  public void processElement(SectorFrame copy, Context ctx, Collector<SectorScan> out)
      throws Exception {
    frames.frame(sector(ctx.getCurrentKey()), out, copy.frame(), ctx.timerService());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SectorScan> out)
      throws Exception {
    frames.timer(sector(ctx.getCurrentKey()), out, timestamp, ctx.timerService());
  }

  /** The sector's live state; rebuilt from its log when the task has none (after a restore). */
  private Sector sector(long key) throws Exception {
    Sector s = sectors.get(key);
    if (s != null) {
      return s;
    }
    long region = keys.regionOf(key);
    s = new Sector(region, keys.sectorOf(key), pipelines.setup(region));
    sectors.put(key, s);
    s.output(null); // replay: outputs suppressed
    frames.replay(s);
    return s;
  }

  /** A sector's feed and tracker. */
  private final class Sector extends KeyedFeed<SectorScan> {
    final long region;
    final int sector;
    final SectorTracker tracker;
    Collector<SectorScan> out;

    Sector(long region, int sector, PipelineSetup setup) {
      super(settings, feeds, new PlausibilityGate(setup.sensors(), setup.gate())::check, counters);
      if (setup.sectors().count() != keys.sectors()) {
        throw new IllegalStateException(
            "region "
                + region
                + " has "
                + setup.sectors().count()
                + " tracking sectors, the job's keys "
                + keys.sectors());
      }
      this.region = region;
      this.sector = sector;
      this.tracker = SurveillancePipeline.sectorTracker(setup, sector);
    }

    @Override
    void output(Collector<SectorScan> out) {
      this.out = out;
      feed.logging = out != null;
    }

    @Override
    void finish() {
      long last = feed.finish();
      List<Track> smoothed = tracker.flushSmoothed();
      ended = true;
      if (out != null) {
        out.collect(
            new SectorScan(region, sector, last, true, "[]", OutputJson.write(json, smoothed)));
      }
    }

    @Override
    public void scan(Instant scanTime, List<Observation> observations) {
      TrackBatch batch = tracker.process(scanTime, observations);
      List<Track> smoothed = tracker.takeSmoothed();
      if (out != null) {
        out.collect(
            new SectorScan(
                region,
                sector,
                EventTimeSlicer.nanos(scanTime),
                false,
                OutputJson.write(json, batch.tracks()),
                OutputJson.write(json, smoothed)));
      }
    }
  }
}
