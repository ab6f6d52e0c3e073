package org.sargas.flink.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.flink.job.FrameRecord;
import org.sargas.flink.job.JobSettings;
import org.sargas.flink.job.OutputJson;
import org.sargas.flink.job.RegionOutput;
import org.sargas.flink.job.RegionPipelineFunction;
import org.sargas.flink.job.SurveillanceJob;
import org.sargas.flink.kafka.KafkaFrames;
import org.sargas.flink.kafka.KafkaOutputs;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.server.pipeline.ScenarioWire;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;

/**
 * {@code sargas flink run --local}: a scenario through the Flink job on a local MiniCluster, over
 * an in-JVM Kafka. The scenario's frames are published to {@code sargas.frames}, the job runs
 * bounded to their end with exactly-once output, and the committed outputs are read back ({@code
 * read_committed}) into the {@link ScenarioResult} that {@code sargas scenario run} reports.
 */
public final class LocalFlinkRun {
  /** How the local job runs. */
  public record Options(
      int parallelism,
      int partitions,
      long checkpointIntervalMs,
      MapFunction<FrameRecord, FrameRecord> tap,
      SectorSettings sectors) {
    /** Parallelism 1, 2 partitions, checkpoints every second, no tap, one tracking sector. */
    public static Options defaults() {
      return new Options(1, 2, 1000, null, SectorSettings.single());
    }

    public Options withPartitions(int n) {
      return new Options(parallelism, n, checkpointIntervalMs, tap, sectors);
    }

    public Options withParallelism(int p) {
      return new Options(p, partitions, checkpointIntervalMs, tap, sectors);
    }

    public Options withTap(MapFunction<FrameRecord, FrameRecord> t, long checkpointMs) {
      return new Options(parallelism, partitions, checkpointMs, t, sectors);
    }

    /** Tracking partitioned by geographic sector inside the pipeline (decision 1201). */
    public Options withSectors(SectorSettings s) {
      return new Options(parallelism, partitions, checkpointIntervalMs, tap, s);
    }
  }

  /**
   * What a local run gave.
   *
   * @param result the run as {@code scenario run} reports it
   * @param outputs every committed output, ordered by scan time, region and sequence number
   * @param frames frames published
   * @param jobS wall-clock seconds of the Flink job alone (reported only)
   * @param handovers tracks that kept another tracking sector's id at a sector edge
   */
  public record Outcome(
      ScenarioResult result, List<RegionOutput> outputs, int frames, double jobS, long handovers) {}

  private final LocalKafka kafka;
  private final JobSettings settings;
  private int runs;

  /** Runs on {@code kafka} with the default topics; each run uses topics of its own. */
  public LocalFlinkRun(LocalKafka kafka) {
    this.kafka = kafka;
    this.settings = JobSettings.defaults();
  }

  /** Runs the scenario (simulated with its own seed) through the job. */
  public Outcome run(Scenario scenario, String scenarioName, Long seed, Options options)
      throws Exception {
    SimulationResult sim = new Simulator().run(scenario);
    List<RawFrame> frames = new ScenarioWire(scenario).frames(sim);
    String suffix = "." + (++runs);
    JobSettings s =
        new JobSettings(
                settings.framesTopic() + suffix,
                settings.tracksTopic() + suffix,
                settings.violationsTopic() + suffix,
                settings.warningsTopic() + suffix,
                settings.alertsTopic() + suffix,
                settings.sliceS(),
                settings.latenessS(),
                settings.outOfOrdernessMs(),
                settings.idlenessMs(),
                Long.MIN_VALUE)
            .withEndOfData(EventTimeSlicer.nanos(scenario.timeAt(scenario.durationS())));
    List<String> outputs =
        List.of(s.tracksTopic(), s.violationsTopic(), s.warningsTopic(), s.alertsTopic());
    kafka.createTopics(List.of(s.framesTopic()), options.partitions());
    kafka.createTopics(outputs, 1);
    kafka.publish(s.framesTopic(), frames);

    Configuration conf = new Configuration();
    conf.setString("restart-strategy.type", "fixed-delay");
    conf.setString("restart-strategy.fixed-delay.attempts", "3");
    conf.setString("restart-strategy.fixed-delay.delay", "200 ms");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(options.parallelism(), conf);
    env.enableCheckpointing(options.checkpointIntervalMs());
    ScenarioInputs inputs = new ScenarioInputs(scenarioName, seed, options.sectors());
    SurveillanceJob job = new SurveillanceJob(s, inputs, inputs);
    if (options.tap() != null) {
      job.withTap(options.tap());
    }
    job.build(
        env,
        KafkaFrames.source(kafka.bootstrap(), s.framesTopic(), "sargas-local" + suffix, false),
        KafkaOutputs.exactlyOnce(kafka.bootstrap(), "sargas-local" + suffix, 600_000, outputs));
    long t0 = System.nanoTime();
    // The source runs on (unbounded); once it has read and checkpointed every frame the job is
    // stopped with a drained savepoint (FLIP-147): the final watermark flushes the pipeline and
    // the savepoint commits the last outputs.
    JobClient client = env.executeAsync("sargas " + scenario.name());
    kafka.awaitConsumed("sargas-local" + suffix, s.framesTopic(), client);
    java.nio.file.Path savepoints = java.nio.file.Files.createTempDirectory("sargas-savepoint");
    try {
      client
          .stopWithSavepoint(true, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
          .get();
    } finally {
      deleteTree(savepoints);
    }
    JobExecutionResult executed = client.getJobExecutionResult().get();
    Long handovers = executed.getAccumulatorResult(RegionPipelineFunction.HANDOVERS);
    double jobS = (System.nanoTime() - t0) / 1e9;

    Long emitted = executed.getAccumulatorResult(RegionPipelineFunction.OUTPUTS);
    List<RegionOutput> out = readAll(outputs, emitted == null ? 0 : emitted);
    out.sort(
        Comparator.comparingLong(RegionOutput::scanNanos)
            .thenComparingLong(RegionOutput::region)
            .thenComparingLong(RegionOutput::seq));
    ScenarioRun run = new ScenarioRun(CountryBorders.easternFlank()).withSectors(options.sectors());
    ScenarioResult result = run.result(scenario, sim, collect(out), jobS);
    return new Outcome(result, out, frames.size(), jobS, handovers == null ? 0 : handovers);
  }

  /**
   * Every committed output: the read is repeated (up to 30 s) until it has as many as the job
   * produced, since a transaction's commit markers reach the partitions shortly after the commit.
   *
   * @throws IllegalStateException if fewer are committed
   */
  private List<RegionOutput> readAll(List<String> topics, long expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      List<RegionOutput> out = new ArrayList<>();
      kafka.readCommitted(topics).forEach(r -> out.add(KafkaOutputs.read(r)));
      if (out.size() >= expected) {
        return out;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only "
                + out.size()
                + " of the job's "
                + expected
                + " outputs are committed; missing sequence numbers "
                + missing(out, expected)
                + "; transactions: "
                + kafka.transactions());
      }
      Thread.sleep(200);
    }
  }

  /** The ranges of sequence numbers below {@code expected} not among the outputs. */
  private static String missing(List<RegionOutput> outputs, long expected) {
    java.util.BitSet seen = new java.util.BitSet();
    outputs.forEach(o -> seen.set((int) o.seq()));
    StringBuilder b = new StringBuilder();
    for (int i = seen.nextClearBit(0); i < expected; i = seen.nextClearBit(i)) {
      int j =
          Math.min(seen.nextSetBit(i) < 0 ? (int) expected : seen.nextSetBit(i), (int) expected);
      b.append(i).append("..").append(j - 1).append(' ');
      i = j;
    }
    return b.toString().trim();
  }

  private static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
    try (var paths = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  /** The outputs, in order, as the scans that produced them. */
  static ScenarioRun.Collected collect(List<RegionOutput> outputs) {
    ObjectMapper json = OutputJson.mapper();
    ScenarioRun.Collected c = new ScenarioRun.Collected();
    for (RegionOutput o : outputs) {
      Instant t = Instant.ofEpochSecond(0, o.scanNanos());
      List<Track> tracks = List.of();
      List<Track> smoothed = List.of();
      List<ViolationEvent> violations = List.of();
      List<ViolationEvent> crossings = List.of();
      List<Warning> warnings = List.of();
      List<Alert> alerts = List.of();
      switch (o.kind()) {
        case "track" -> tracks = List.of(OutputJson.read(json, o.json(), Track.class));
        case "smoothed" -> smoothed = List.of(OutputJson.read(json, o.json(), Track.class));
        case "violation" ->
            violations = List.of(OutputJson.read(json, o.json(), ViolationEvent.class));
        case "crossing" ->
            crossings = List.of(OutputJson.read(json, o.json(), ViolationEvent.class));
        case "warning" -> warnings = List.of(OutputJson.read(json, o.json(), Warning.class));
        case "alert" -> alerts = List.of(OutputJson.read(json, o.json(), Alert.class));
        default -> throw new IllegalArgumentException("unknown output kind " + o.kind());
      }
      c.scan(
          new ScanOutput(
              t, new TrackBatch(t, tracks), violations, warnings, alerts, smoothed, crossings));
    }
    return c;
  }
}
