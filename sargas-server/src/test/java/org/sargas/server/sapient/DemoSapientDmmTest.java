package org.sargas.server.sapient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.live.SensorView;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;

/**
 * {@code sargas demo --sapient-dmm} on the Gerbera scenario: three acoustic arrays and a gap-filler
 * radar connect to the node's decision-making module on real sockets, register, report, and a task
 * posted to the API reaches the acoustic node, which acknowledges it.
 */
class DemoSapientDmmTest {
  @Test
  void demoSapientNodesConnectToTheDmmAndTakeTasks(@TempDir Path data) throws Exception {
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-gerbera").orElseThrow();
    ScaledClock clock = new ScaledClock(scenario.timeAt(0), 10);
    try (DemoFeeds feeds = new DemoFeeds(scenario, clock, 0).withSapientDmm()) {
      ServeConfig config =
          feeds
              .configure(ServeConfig.defaults().withPort(0).withDataDir(data.toString()))
              .withPipeline(new PipelineSettings(1.0, 1.0, null, null, null, null))
              // loopback, plain HTTP, requests without a token act as an operator (tasking)
              .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", "operator"));
      assertThat(config.inputs())
          .filteredOn(i -> i.type().equals("sapient-dmm"))
          .extracting(i -> i.sensorId())
          .containsExactlyInAnyOrder("LT-GF-2", "LT-AC-1", "LT-AC-2", "LT-AC-3");
      try (ServeNode node = ServeNode.start(config, clock)) {
        feeds.start(
            id -> {
              try {
                return node.udpPort(id);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            node::sapientDmmPort);
        SapientDmmTest.until(
            () ->
                feeds.sapientRegistrationAcks().size() == 4
                    && feeds.sapientRegistrationAcks().values().stream().allMatch(n -> n >= 1));
        SapientDmmTest.until(
            () ->
                node.sensors().snapshot().stream()
                    .filter(v -> v.id().equals("LT-GF-2") || v.id().equals("LT-AC-1"))
                    .map(SensorView::status)
                    .allMatch("UP"::equals));
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:" + node.port() + "/api/sensors/LT-AC-1/task"))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"kind\":\"look-at\",\"area\":"
                                    + "[[54.6,25.1],[54.7,25.1],[54.7,25.2]]}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        SapientDmmSource dmm = node.sapientDmm(DemoFeeds.inputId(sensor(scenario, "LT-AC-1")));
        SapientDmmTest.until(() -> dmm.taskAcks() == 1);
        assertThat(feeds.sapientTasks().get("LT-AC-1")).isEqualTo(1);
      }
    }
  }

  private static org.sargas.sim.scenario.ScenarioSensor sensor(Scenario s, String id) {
    return s.sensors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }
}
