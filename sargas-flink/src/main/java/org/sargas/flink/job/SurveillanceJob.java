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
 * The surveillance pipeline as a Flink DataStream job:
 *
 * <pre>
 * frames (source: Kafka topic sargas.frames, or a recording)   event time = receive time,
 *   │                                                          bounded out-of-orderness, idleness
 *   ▼ DecodeFunction       (ObservationDecoders, as the node)
 *   ▼ keyBy(sector)        (SectorKeys)
 *   ▼ SectorPipelineFunction (gate → EventTimeSlicer → SurveillancePipeline, per sector)
 *   ▼ outputs (sink: Kafka topics sargas.tracks / .violations / .warnings / .alerts, exactly once)
 * </pre>
 *
 * The source and the sink are injected, so the same job runs on a scenario's frames in a test and
 * on Kafka in a deployment.
 */
public final class SurveillanceJob {
  private final JobSettings settings;
  private final PipelineFactory pipelines;
  private final FeedDecoders feeds;
  private KeySelector<SensedObservation, Long> sectors = new SectorKeys();
  private MapFunction<SensedObservation, SensedObservation> tap;

  public SurveillanceJob(JobSettings settings, PipelineFactory pipelines, FeedDecoders feeds) {
    this.settings = settings;
    this.pipelines = pipelines;
    this.feeds = feeds;
  }

  /** Another sector keying (default {@link SectorKeys}). */
  public SurveillanceJob withSectors(KeySelector<SensedObservation, Long> keys) {
    this.sectors = keys;
    return this;
  }

  /**
   * A map run on every decoded report before it is keyed by sector (tests inject failures with it).
   */
  public SurveillanceJob withTap(MapFunction<SensedObservation, SensedObservation> tap) {
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
      StreamExecutionEnvironment env, Source<FrameRecord, ?, ?> source, Sink<SectorOutput> sink) {
    build(env.fromSource(source, watermarks(), "frames").uid("frames"), sink);
  }

  /** Builds the job from a stream of frames that already carries event time and watermarks. */
  public void build(DataStream<FrameRecord> frames, Sink<SectorOutput> sink) {
    DataStream<SensedObservation> observations =
        frames.flatMap(new DecodeFunction(feeds)).uid("decode").name("decode");
    if (tap != null) {
      observations = observations.map(tap).uid("tap").name("tap");
    }
    observations
        .keyBy(sectors)
        .process(new SectorPipelineFunction(settings, pipelines))
        .uid("sector-pipeline")
        .name("sector pipeline")
        .sinkTo(sink)
        .uid("outputs")
        .name("outputs");
  }
}
