package org.sargas.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.DatabaseConfig;
import org.sargas.server.config.HistorySettings;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.security.Role;
import org.sargas.server.security.TestTokens;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.store.incident.StoredViolation;

/**
 * Acceptance: serve in-process on a free port; the Su-30 scenario's radars send ASTERIX CAT048 /
 * CAT034 over UDP and an ADS-B receiver sends Beast over TCP (civil traffic), from the simulator;
 * the LTU violation from RUS arrives on the WebSocket, through REST, and is in the store. Run
 * unchanged on SQLite and on PostgreSQL.
 */
abstract class ServeEndToEndContract {
  /** Scenario speed-up: 4 minutes of scenario in about 10 s. */
  static final double SPEED = 25;

  /** The database the node uses. */
  abstract DatabaseConfig database();

  @Test
  void su30IncursionArrivesOnWebSocketRestAndStore(@TempDir Path data) throws Exception {
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScaledClock clock = new ScaledClock(scenario.timeAt(230), SPEED);
    DemoFeeds feeds = new DemoFeeds(scenario, clock);
    ServeConfig config =
        feeds
            .configure(
                ServeConfig.defaults()
                    .withPort(0)
                    .withDataDir(data.toString())
                    .withDatabase(database()))
            // loopback: plain HTTP; no anonymous role: every call below carries a token
            .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", null))
            .withPipeline(new PipelineSettings(1.0, 2.0, null, null, null, null));
    // A short in-memory history (20 points a track), so that /api/replay of an older window must
    // come from the store.
    config =
        new ServeConfig(
            config.port(),
            config.dataDir(),
            config.database(),
            config.journal(),
            config.pipeline(),
            config.region(),
            config.sensors(),
            config.inputs(),
            config.evidence(),
            new HistorySettings(20, 1.0),
            config.web(),
            config.identity());
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> messages = new CopyOnWriteArrayList<>();
    try (ServeNode node = ServeNode.start(config, clock)) {
      HttpClient http = HttpClient.newHttpClient();
      TestTokens tokens = new TestTokens(data);
      WebSocket ws =
          http.newWebSocketBuilder()
              .header("Authorization", "Bearer " + tokens.valid("wall-display", Role.VIEWER))
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + node.port() + "/ws/picture"),
                  new Collector(messages, json))
              .get();
      for (int i = 0; i < 200 && feeds.beastClients() == 0; i++) {
        Thread.sleep(20);
      }
      feeds.streamOnce(id -> port(node, id), 230, 420);
      // The node works through what it received at its own pace (a slow store delays it): wait
      // for the violation and its alert, at most 30 s, rather than a fixed time.
      for (int i = 0; i < 300 && !hasLtuViolationAndAlert(messages); i++) {
        Thread.sleep(100);
      }

      assertEquals("snapshot", messages.get(0).path("type").asText());
      JsonNode violation = null;
      JsonNode alert = null;
      for (JsonNode m : messages) {
        if (m.path("type").asText().equals("violation")
            && m.path("violation").path("zone").asText().equals("LTU")) {
          violation = m.path("violation");
        }
        if (m.path("type").asText().equals("alert")
            && m.path("alert").path("kind").asText().equals("VIOLATION")) {
          alert = m.path("alert");
        }
      }
      assertTrue(violation != null, "no violation on the WebSocket: " + types(messages));
      assertTrue(alert != null, "no alert on the WebSocket");
      assertEquals("RUS", violation.path("originCountry").asText());
      String id = violation.path("violationId").asText();
      assertEquals(id, alert.path("violationId").asText());

      JsonNode rest = json.readTree(get(http, node, "/api/violations"));
      boolean found = false;
      for (JsonNode v : rest) {
        found |=
            v.path("violationId").asText().equals(id)
                && v.path("originCountry").asText().equals("RUS");
      }
      assertTrue(found, "violation " + id + " not served by /api/violations: " + rest);
      JsonNode alerts = json.readTree(get(http, node, "/api/alerts?state=NEW"));
      assertTrue(alerts.toString().contains("A-" + id), alerts.toString());

      StoredViolation stored = node.store().violation(id).orElseThrow();
      assertEquals("LTU", stored.violation().zoneId());
      assertEquals("RUS", stored.violation().originCountry());
      assertTrue(
          stored.violation().maxDepthM() > 200 && stored.violation().maxDepthM() < 2000,
          "depth " + stored.violation().maxDepthM());
      assertTrue(
          node
              .store()
              .violations(
                  java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"), 100)
              .stream()
              .noneMatch(v -> !"RUS".equals(v.violation().originCountry())),
          "civil (domestic) traffic raised a violation");
      assertEquals(0, node.metrics().value("sargas_decode_errors_total", "input=\"adsb-beast\""));

      // Acknowledge: a viewer may not (403); an operator may, and the actor recorded is the
      // token's subject whatever the body says: REST answer, store, audit log, WebSocket.
      String ackUrl =
          "http://127.0.0.1:"
              + node.port()
              + "/api/alerts/"
              + alert.path("alertId").asText()
              + "/ack";
      assertEquals(
          403,
          http.send(
                  HttpRequest.newBuilder(URI.create(ackUrl))
                      .header("Authorization", "Bearer " + tokens.valid("watcher", Role.VIEWER))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"seen\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
      assertTrue(!node.store().alert(alert.path("alertId").asText()).orElseThrow().acknowledged());
      HttpResponse<String> ack =
          http.send(
              HttpRequest.newBuilder(URI.create(ackUrl))
                  .header("Authorization", "Bearer " + tokens.valid("duty officer", Role.OPERATOR))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"operator\":\"someone else\",\"note\":\"seen\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ack.statusCode(), ack.body());
      assertEquals("duty officer", json.readTree(ack.body()).path("acknowledgedBy").asText());
      assertTrue(node.store().alert(alert.path("alertId").asText()).orElseThrow().acknowledged());
      assertTrue(
          node.store().auditLog(java.time.Instant.EPOCH, 100).stream()
              .anyMatch(a -> a.operator().equals("duty officer")),
          "the audit log names the token's subject");
      Thread.sleep(300);
      assertTrue(
          messages.stream()
              .anyMatch(
                  m ->
                      m.path("type").asText().equals("alert")
                          && m.path("alert")
                              .path("acknowledgedBy")
                              .asText()
                              .equals("duty officer")));
      assertEquals(
          409,
          http.send(
                  HttpRequest.newBuilder(URI.create(ackUrl))
                      .header("Authorization", "Bearer " + tokens.valid("x", Role.COMMANDER))
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());

      // The rest of the API answers in the documented shapes.
      JsonNode health = json.readTree(get(http, node, "/health"));
      assertTrue(health.path("status").asText().matches("UP|DEGRADED"));
      assertTrue(
          get(http, node, "/metrics").contains("sargas_frames_in_total{input=\"radar-LT-GF-1\"}"));
      assertEquals(
          "3.1.0", json.readTree(get(http, node, "/openapi.json")).path("openapi").asText());
      JsonNode sensors = json.readTree(get(http, node, "/api/sensors"));
      assertEquals(3, sensors.size());
      assertEquals("UP", sensors.get(0).path("status").asText());
      JsonNode zones = json.readTree(get(http, node, "/api/zones"));
      assertEquals("LTU", zones.path("features").get(0).path("properties").path("zoneId").asText());
      JsonNode tracks = json.readTree(get(http, node, "/api/tracks"));
      assertTrue(tracks.size() >= 1, tracks.toString());
      String trackId = tracks.get(0).path("trackId").asText();
      // Track history is stored off the pipeline thread: it arrives shortly after the picture.
      int history = 0;
      for (long end = System.nanoTime() + 15_000_000_000L;
          history <= 1 && System.nanoTime() < end; ) {
        history = json.readTree(get(http, node, "/api/tracks/" + trackId)).path("history").size();
        if (history <= 1) {
          Thread.sleep(200);
        }
      }
      assertTrue(history > 1, "stored history of " + trackId + ": " + history);
      assertTrue(get(http, node, "/api/incidents/" + id + "/report?format=html").contains("<svg"));
      assertTrue(get(http, node, "/api/incidents/" + id + "/report?format=kml").contains("<kml"));
      assertTrue(json.readTree(get(http, node, "/api/replay")).path("frames").size() > 10);
      String window = "/api/replay?from=" + scenario.timeAt(250) + "&to=" + scenario.timeAt(280);
      JsonNode old = json.readTree(get(http, node, window));
      int points = 0;
      for (JsonNode f : old.path("frames")) {
        points += f.path("tracks").size();
      }
      assertTrue(
          points > 0, "a window older than the in-memory history comes from the store: " + old);
      String intruder = stored.violation().trackId();
      JsonNode response = json.readTree(get(http, node, "/api/tracks/" + intruder + "/response"));
      assertEquals(intruder, response.path("trackId").asText());
      assertTrue(response.path("intercepts").isArray(), response.toString());
      assertTrue(response.path("note").asText().contains("human decides"));
      assertTrue(
          node.store().auditLog(java.time.Instant.EPOCH, 100).stream()
              .anyMatch(
                  a ->
                      a.action().equals("response.shown")
                          && a.subject().equals(intruder)
                          && a.detail().contains("\"input\"")),
          "the recommendation shown is logged with its inputs");
      // Identity: the intruder is HOSTILE by the criteria; an operator's identity is audited and
      // held until released.
      assertEquals("HOSTILE", stored.violation().identity().standardIdentity().name());
      assertEquals("HOSTILE", violation.path("identity").asText(), violation.toString());
      // the actor is the token's subject (an "operator" field in the body is ignored)
      String captain = tokens.valid("cpt. Jonaitis", Role.OPERATOR);
      HttpResponse<String> set =
          send(
              http,
              node,
              captain,
              "POST",
              "/api/tracks/" + intruder + "/identity",
              "{\"identity\":\"FAKER\",\"reason\":\"exercise BALTIC SHIELD\","
                  + "\"operator\":\"someone else\"}");
      assertEquals(200, set.statusCode(), set.body());
      assertEquals("FAKER", json.readTree(set.body()).path("standardIdentity").asText());
      assertTrue(
          node.store().auditLog(java.time.Instant.EPOCH, 100).stream()
              .anyMatch(
                  a ->
                      a.action().equals("IDENTITY_SET")
                          && a.operator().equals("cpt. Jonaitis")
                          && a.subject().equals(intruder)
                          && a.detail().contains("FAKER: exercise BALTIC SHIELD")),
          "the identity override is in the audit log");
      HttpResponse<String> release =
          send(http, node, captain, "DELETE", "/api/tracks/" + intruder + "/identity", "{}");
      assertEquals(200, release.statusCode(), release.body());
      assertTrue(
          node.store().auditLog(java.time.Instant.EPOCH, 100).stream()
              .anyMatch(
                  a -> a.action().equals("IDENTITY_RELEASED") && a.subject().equals(intruder)));
      HttpResponse<String> notADrone =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + node.port()
                              + "/api/tracks/"
                              + intruder
                              + "/search-area"))
                  .header("Authorization", "Bearer " + tokens.valid("e2e-admin", Role.ADMIN))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(
          400, notADrone.statusCode(), "a fighter has no drone search area: " + notADrone.body());
      JsonNode coverage = json.readTree(get(http, node, "/api/coverage?altitudeM=200"));
      assertEquals(
          sensors.size() + 1, coverage.path("features").size(), "one feature per sensor + fused");
      JsonNode cfg = json.readTree(get(http, node, "/api/config"));
      assertEquals(0, cfg.path("port").asInt(), "the configured port (0: any free port)");
      assertEquals("LTU", cfg.path("region").path("protectedCountries").get(0).asText());
      assertTrue(
          cfg.path("database").path("password").isNull(),
          "password removed: " + cfg.path("database"));
      assertTrue(node.metrics().value("sargas_frames_in_total", "input=\"adsb-beast\"") > 0);
      ws.abort();
    } finally {
      feeds.close();
    }
  }

  static int port(ServeNode node, String inputId) {
    try {
      return node.udpPort(inputId);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static HttpResponse<String> send(
      HttpClient http, ServeNode node, String token, String method, String path, String jsonBody)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofString(jsonBody))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String get(HttpClient http, ServeNode node, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .header(
                    "Authorization",
                    "Bearer "
                        + new TestTokens(Path.of(node.config().dataDir()))
                            .valid("e2e-admin", Role.ADMIN))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static boolean hasLtuViolationAndAlert(List<JsonNode> messages) {
    boolean violation = false;
    boolean alert = false;
    for (JsonNode m : messages) {
      String type = m.path("type").asText();
      violation |=
          type.equals("violation") && m.path("violation").path("zone").asText().equals("LTU");
      alert |= type.equals("alert") && m.path("alert").path("kind").asText().equals("VIOLATION");
    }
    return violation && alert;
  }

  private static List<String> types(List<JsonNode> messages) {
    List<String> t = new ArrayList<>();
    for (JsonNode m : messages) {
      t.add(m.path("type").asText());
    }
    return t;
  }

  /** Collects WebSocket text messages as JSON. */
  static final class Collector implements WebSocket.Listener {
    private final List<JsonNode> out;
    private final ObjectMapper json;
    private final StringBuilder partial = new StringBuilder();

    Collector(List<JsonNode> out, ObjectMapper json) {
      this.out = out;
      this.json = json;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          out.add(json.readTree(partial.toString()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
