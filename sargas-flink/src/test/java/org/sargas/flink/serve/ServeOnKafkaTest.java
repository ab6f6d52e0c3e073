package org.sargas.flink.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.flink.config.NodeConfigInputs;
import org.sargas.flink.job.JobSettings;
import org.sargas.flink.job.RegionPipelineFunction;
import org.sargas.flink.job.SurveillanceJob;
import org.sargas.flink.kafka.KafkaFrames;
import org.sargas.flink.kafka.KafkaOutputs;
import org.sargas.flink.local.LocalKafka;
import org.sargas.model.airspace.Violation;
import org.sargas.model.frame.RawFrame;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.server.pipeline.ScenarioWire;
import org.sargas.server.security.LocalIssuer;
import org.sargas.server.security.Role;
import org.sargas.server.serve.IngestItem;
import org.sargas.server.serve.Replay;
import org.sargas.server.serve.ServeBackend;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLogAudit;
import org.sargas.store.evidence.NodeKey;

/**
 * {@code sargas serve --kafka}, end to end on one machine: an in-JVM Kafka, the Flink job on a
 * MiniCluster with the node's own configuration ({@link NodeConfigInputs}), and a node whose
 * pipeline is the job ({@link KafkaBackend}). A seed scenario's frames enter the node's ingest
 * queue as its inputs would put them there (input ids, receive time = event time); the node
 * journals and publishes them, the job tracks, the node reads the outputs back — and its API shows
 * the violations {@code scenario run} raises, with an evidence log that verifies.
 */
class ServeOnKafkaTest {
  private static final String NAME = "lithuania-2025-su30";
  private static final String JOB_GROUP = "sargas-flink-serve-test";

  @Test
  void theNodeOnKafkaShowsTheViolationsTheScenarioRunRaises(@TempDir Path data) throws Exception {
    Scenario scenario = new ScenarioCatalog().find(NAME).orElseThrow();
    List<Violation> expected =
        new ScenarioRun(CountryBorders.easternFlank()).run(scenario).violations();
    List<RawFrame> frames = inputFrames(scenario);
    JobSettings settings =
        JobSettings.defaults()
            .withEndOfData(EventTimeSlicer.nanos(scenario.timeAt(scenario.durationS())));
    List<Map<String, Object>> apiViolations;
    Map<String, Object> health;
    try (LocalKafka kafka = LocalKafka.start();
        DemoFeeds feeds = new DemoFeeds(scenario, new ScaledClock(scenario.start(), 1), 0, false)) {
      kafka.createTopics(List.of(settings.framesTopic()), 2);
      KafkaServeSettings link = KafkaServeSettings.defaults(kafka.bootstrap());
      kafka.createTopics(link.outputTopics(), 1);
      ServeConfig config =
          feeds.configure(
              ServeConfig.defaults()
                  .withPort(0)
                  .withDataDir(data.toString())
                  .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", null)));
      QueueTap backend = new QueueTap(new KafkaBackend(link));
      try (ServeNode node = ServeNode.start(config, InstantSource.system(), backend)) {
        // The job, with the configuration the node runs (as `sargas flink job --config` would).
        NodeConfigInputs inputs =
            new NodeConfigInputs(
                Files.readString(Replay.configCopy(data)), Replay.configCopy(data).toString());
        StreamExecutionEnvironment env =
            StreamExecutionEnvironment.createLocalEnvironment(1, new Configuration());
        env.enableCheckpointing(500);
        new SurveillanceJob(settings, inputs, inputs)
            .build(
                env,
                KafkaFrames.source(kafka.bootstrap(), settings.framesTopic(), JOB_GROUP, false),
                KafkaOutputs.exactlyOnce(
                    kafka.bootstrap(), "sargas-serve-test", 600_000, link.outputTopics()));
        JobClient job = env.executeAsync("sargas serve-on-kafka test");

        // The frames arrive at the node while the job runs.
        for (int i = 0; i < frames.size(); i++) {
          backend.queue.put(new IngestItem(frames.get(i), i, System.nanoTime(), null));
        }
        await(
            () -> node.metrics().value("sargas_kafka_frames_published_total", "") == frames.size(),
            "the node published every frame");
        assertThat(node.metrics().value("sargas_kafka_publish_failures_total", "")).isZero();
        // End of the recording: once the job has read every frame, a drained stop runs its last
        // scans and commits them.
        kafka.awaitConsumed(JOB_GROUP, settings.framesTopic(), job);
        Path savepoints = Files.createTempDirectory(data, "savepoint");
        job.stopWithSavepoint(true, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
            .get();
        JobExecutionResult done = job.getJobExecutionResult().get();
        long emitted = done.<Long>getAccumulatorResult(RegionPipelineFunction.OUTPUTS);
        assertThat(emitted).isPositive();

        await(
            () ->
                node.metrics().value("sargas_kafka_outputs_consumed_total", "") >= emitted
                    && ((Number) backend.health().get("outputsHeld")).longValue() == 0,
            "the node committed every output of the job");
        assertThat(backend.health()).containsEntry("gapsSkipped", 0L);

        String token =
            LocalIssuer.open(data)
                .mint("wall-display", Set.of(Role.VIEWER), Duration.ofHours(1), Instant.now());
        apiViolations = get(node, "/api/violations", token);
        health = get(node, "/health", null);
        assertThat(node.store().trackHistory(Instant.EPOCH, Instant.now(), 10)).isNotEmpty();
      }
    }

    assertThat(health.get("backend"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("type", "kafka")
        .containsEntry("state", "UP");
    // Track-independent: zone, entry within 1 s, depth within 10 m.
    assertThat(expected).isNotEmpty();
    List<Violation> want =
        expected.stream()
            .sorted(Comparator.comparing(Violation::zoneId).thenComparing(Violation::entryTime))
            .toList();
    List<Map<String, Object>> got =
        apiViolations.stream()
            .sorted(
                Comparator.comparing((Map<String, Object> v) -> (String) v.get("zone"))
                    .thenComparing(v -> (String) v.get("entryTime")))
            .toList();
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      Violation w = want.get(i);
      Map<String, Object> g = got.get(i);
      assertThat(g.get("zone")).isEqualTo(w.zoneId());
      assertThat(Duration.between(w.entryTime(), Instant.parse((String) g.get("entryTime"))).abs())
          .isLessThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(((Number) g.get("maxDepthM")).doubleValue())
          .isCloseTo(w.maxDepthM(), org.assertj.core.data.Offset.offset(10.0));
    }
    // The evidence log the node wrote from the job's outputs verifies against its key.
    Path evidence = new DataDirectory(data).evidence();
    assertThat(EvidenceLogAudit.audit(evidence, NodeKey.loadOrCreate(evidence).publicKey()).ok())
        .isTrue();
  }

  /** The scenario's frames as the node's inputs deliver them: source id = the input's id. */
  private static List<RawFrame> inputFrames(Scenario scenario) {
    Map<String, String> inputOf = new HashMap<>();
    for (ScenarioSensor s : scenario.sensors()) {
      inputOf.put(s.id(), DemoFeeds.inputId(s));
    }
    List<RawFrame> out = new ArrayList<>();
    for (RawFrame f : new ScenarioWire(scenario).frames(new Simulator().run(scenario))) {
      out.add(new RawFrame(inputOf.get(f.sourceId()), f.receiveTime(), f.payload(), f.format()));
    }
    return out;
  }

  private static <T> T get(ServeNode node, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
    return new ObjectMapper().readValue(r.body(), new TypeReference<T>() {});
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(50);
    }
  }

  /** The Kafka backend, with the node's ingest queue kept for the test to feed. */
  private static final class QueueTap implements ServeBackend {
    final KafkaBackend backend;
    volatile BlockingQueue<IngestItem> queue;

    QueueTap(KafkaBackend backend) {
      this.backend = backend;
    }

    @Override
    public void start(Context context) throws java.io.IOException {
      queue = context.queue();
      backend.start(context);
    }

    @Override
    public Map<String, Object> health() {
      return backend.health();
    }

    @Override
    public void close() {
      backend.close();
    }
  }
}
