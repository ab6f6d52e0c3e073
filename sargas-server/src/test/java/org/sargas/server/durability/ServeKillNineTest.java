package org.sargas.server.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} under sustained ingest: a child JVM runs {@code sargas demo} (serve plus
 * simulated sensors streaming over loopback at 40×) on a data directory; a WebSocket client records
 * every violation and alert it is shown; the child is killed with SIGKILL mid-stream and restarted
 * on the same data directory. Every incident and alert the client received is still served, none is
 * duplicated, and the restarted node keeps ingesting.
 */
class ServeKillNineTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyIncidentAClientWasShownSurvivesSigkill(@TempDir Path data) throws Exception {
    int port = freePort();
    Set<String> shownViolations = ConcurrentHashMap.newKeySet();
    Set<String> shownAlerts = ConcurrentHashMap.newKeySet();
    Process child = start(port, data);
    try {
      awaitHealth(port);
      WebSocket ws =
          http.newWebSocketBuilder()
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + port + "/ws/picture"),
                  new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence d, boolean last) {
                      partial.append(d);
                      if (last) {
                        try {
                          JsonNode m = json.readTree(partial.toString());
                          if (m.path("type").asText().equals("violation")) {
                            shownViolations.add(m.path("violation").path("violationId").asText());
                          } else if (m.path("type").asText().equals("alert")) {
                            shownAlerts.add(m.path("alert").path("alertId").asText());
                          }
                        } catch (java.io.IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                        partial.setLength(0);
                      }
                      w.request(1);
                      return null;
                    }
                  })
              .get();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (shownViolations.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(shownViolations.size() >= 2, "no incidents within 120 s");
      Thread.sleep(700);
      child.destroyForcibly().waitFor();
      ws.abort();
    } finally {
      child.destroyForcibly().waitFor();
    }

    Process again = start(port, data);
    try {
      awaitHealth(port);
      JsonNode violations = json.readTree(get(port, "/api/violations"));
      Set<String> stored = new HashSet<>();
      List<String> ids = new ArrayList<>();
      for (JsonNode v : violations) {
        ids.add(v.path("violationId").asText());
        stored.add(v.path("violationId").asText());
      }
      assertEquals(ids.size(), stored.size(), "duplicated incidents: " + ids);
      for (String id : shownViolations) {
        assertTrue(
            stored.contains(id), "incident " + id + " shown before the kill is gone: " + ids);
      }
      JsonNode alerts = json.readTree(get(port, "/api/alerts"));
      Set<String> storedAlerts = new HashSet<>();
      int n = 0;
      for (JsonNode a : alerts) {
        storedAlerts.add(a.path("alertId").asText());
        n++;
      }
      assertEquals(n, storedAlerts.size(), "duplicated alerts");
      assertTrue(
          storedAlerts.containsAll(shownAlerts),
          "alerts lost: shown " + shownAlerts + " stored " + storedAlerts);
      long frames = json.readTree(get(port, "/health")).path("pipeline").path("framesIn").asLong();
      Thread.sleep(1500);
      // Track ids never restart: every track of the restarted node is numbered after the greatest
      // id an incident of the first run names.
      long greatestBefore = 0;
      for (JsonNode v : violations) {
        greatestBefore =
            Math.max(greatestBefore, Long.parseLong(v.path("trackId").asText().substring(1)));
      }
      long deadlineTracks = System.nanoTime() + 30_000_000_000L;
      JsonNode tracks = json.readTree(get(port, "/api/tracks"));
      while (tracks.isEmpty() && System.nanoTime() < deadlineTracks) {
        Thread.sleep(200);
        tracks = json.readTree(get(port, "/api/tracks"));
      }
      assertTrue(!tracks.isEmpty(), "the restarted node shows no track");
      for (JsonNode t : tracks) {
        long number = Long.parseLong(t.path("trackId").asText().substring(1));
        assertTrue(
            number > greatestBefore,
            "track "
                + t.path("trackId").asText()
                + " reuses a number at or below "
                + greatestBefore);
      }
      assertTrue(
          json.readTree(get(port, "/health")).path("pipeline").path("framesIn").asLong() > frames,
          "the restarted node does not ingest");
    } finally {
      again.destroy();
      again.waitFor();
    }
  }

  private static Process start(int port, Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.sargas.server.cli.SargasCli",
            "demo",
            "--port",
            Integer.toString(port),
            "--speed",
            "40",
            "--data",
            data.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(new File(data.getParent().toFile(), "child-" + System.nanoTime() + ".log"));
    return pb.start();
  }

  private void awaitHealth(int port) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not up yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("child serve did not come up");
  }

  private String get(int port, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
