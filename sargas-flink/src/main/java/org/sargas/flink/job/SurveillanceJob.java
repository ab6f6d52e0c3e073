package org.sargas.flink.job;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The surveillance pipeline as a Flink DataStream job. With one tracking sector per region:
 *
 * <pre>
 * frames (source: Kafka topic sargas.frames, or a recording)   event time = receive time,
 *   │                                                          bounded out-of-orderness, idleness
 *   ▼ keyBy(region of the feed)   (RegionKeys)
 *   ▼ RegionPipelineFunction      decoders (ObservationDecoders, as the node) → gate →
 *   │                             EventTimeSlicer → SurveillancePipeline, one per region
 *   ▼ outputs (sink: Kafka topics sargas.tracks / .violations / .warnings / .alerts, exactly once)
 * </pre>
 *
 * With several (the pipelines' {@code PipelineSetup.sectors()}, decision 1703), tracking is keyed
 * by sector and the rest of the stages by region:
 *
 * <pre>
 * frames ─┬─ flatMap: a copy per sector of the frame's region           (SectorKeys)
 *         │    ▼ keyBy(region × sectors + sector)
 *         │    ▼ SectorTrackingFunction   decoders → gate → slicer → router → sector's tracker
 *         │    ▼ SectorScan per scan (tracks as JSON) ── keyBy(region) ─┐
 *         └─ keyBy(region) ─────────────────────────────────────────────┤
 *                                                                       ▼ RegionMergeFunction
 *           decoders → gate → slicer (the scans' reports); SectorHandover; SurveillancePipeline
 *           after the tracker ─► outputs, exactly as with one operator per region
 * </pre>
 *
 * The source and the sink are injected, so the same job runs on a scenario's frames in a test and
 * on Kafka in a deployment.
 */
public final class SurveillanceJob {
  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private KeySelector<FrameRecord, Long> regions = new RegionKeys();
  private MapFunction<FrameRecord, FrameRecord> tap;
  private boolean sectorKeys = true;

  public SurveillanceJob(JobSettings settings, PipelineFactory pipelines, FeedDecoders feeds) {
    this.settings = settings;
    this.pipelines = pipelines;
    this.feeds = feeds;
  }

  /** Another keying of the pipeline operator (default {@link RegionKeys}). */
  public SurveillanceJob withKeys(KeySelector<FrameRecord, Long> keys) {
    this.regions = keys;
    return this;
  }

  /**
   * Whether tracking is keyed by sector when the regions' pipelines have several tracking sectors
   * (default: yes, decision 1703); if not, each region's sectors run inside its one pipeline
   * operator (decision 1201).
   */
  public SurveillanceJob withSectorKeys(boolean on) {
    this.sectorKeys = on;
    return this;
  }

  /** A map run on every frame before it is keyed by region (tests inject failures with it). */
  public SurveillanceJob withTap(MapFunction<FrameRecord, FrameRecord> tap) {
    this.tap = tap;
    return this;
  }

  /** The frames' watermarks: receive time, bounded out-of-orderness, idleness. */
  public WatermarkStrategy<FrameRecord> watermarks() {
    WatermarkStrategy<FrameRecord> w =
        WatermarkStrategy.<FrameRecord>forBoundedOutOfOrderness(
                Duration.ofMillis(settings.outOfOrdernessMs()))
            .withTimestampAssigner((f, ts) -> f.eventTimeMs());
    return settings.idlenessMs() > 0 ? w.withIdleness(Duration.ofMillis(settings.idlenessMs())) : w;
  }

  /** Builds the job on {@code env} from a source of frames to a sink of outputs. */
  public void build(
      StreamExecutionEnvironment env, Source<FrameRecord, ?, ?> source, Sink<RegionOutput> sink) {
    build(env.fromSource(source, watermarks(), "frames").uid("frames"), sink);
  }

  /** Builds the job from a stream of frames that already carries event time and watermarks. */
  public void build(DataStream<FrameRecord> frames, Sink<RegionOutput> sink) {
    outputs(frames).sinkTo(sink).uid("outputs").name("outputs");
  }

  /** The job's outputs from a stream of frames that already carries event time and watermarks. */
  public DataStream<RegionOutput> outputs(DataStream<FrameRecord> frames) {
    if (tap != null) {
      frames = frames.map(tap).uid("tap").name("tap");
    }
    int sectors = sectorKeys ? pipelines.setup(0).sectors().count() : 1;
    if (sectors <= 1) {
      return frames
          .keyBy(regions)
          .process(new RegionPipelineFunction(settings, pipelines, feeds))
          .uid("region-pipeline")
          .name("region pipeline");
    }
    SectorKeys keys = new SectorKeys(regions, sectors);
    DataStream<SectorScan> sectorScans =
        frames
            .flatMap(keys)
            .uid("sector-copies")
            .name("sector copies")
            .keyBy(keys)
            .process(new SectorTrackingFunction(settings, pipelines, feeds, keys))
            .uid("sector-tracking")
            .name("sector tracking");
    return frames
        .keyBy(regions)
        .connect(sectorScans.keyBy(new RegionMergeFunction.ScanRegion()))
        .process(new RegionMergeFunction(settings, pipelines, feeds, sectors))
        .uid("region-merge")
        .name("region merge");
  }
}
