package org.sargas.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.federation.DemoCertificates;
import org.sargas.server.federation.FederationLink;
import org.sargas.server.federation.FederationListener;
import org.sargas.server.federation.ReleasabilityLabel;
import org.sargas.server.federation.SecurityClassification;
import org.sargas.server.federation.SharedTrack;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;

/**
 * {@code sargas serve} with a {@code federation:} section: the node listens for its partner over
 * mutual TLS and links to it; a partner's track shows on {@code /api/tracks} as a partner track
 * (its global id, origin, label), one its label does not release here is counted as leaked and not
 * shown, and the link's health is on {@code /health} and {@code /api/federation}.
 */
class ServeFederationTest {
  @Test
  void partnerTracksAndLinkHealthOnTheApi(@TempDir Path dir) throws Exception {
    DemoCertificates.generate(dir, "vilnius");
    DemoCertificates.generate(dir, "warsaw");
    DemoCertificates.generate(dir, "riga");
    Path password = dir.resolve("password");
    Files.writeString(password, new String(DemoCertificates.PASSWORD) + "\n");
    int listenPort = freePort();
    try (FederationListener partner =
        new FederationListener(
            "POL",
            SecurityClassification.SECRET,
            DemoCertificates.context(dir, "warsaw", List.of("vilnius")))) {
      String yaml =
          "federation:\n"
              + "  nodeId: vilnius\n"
              + "  nation: LTU\n"
              + "  listenHost: 127.0.0.1\n"
              + "  listenPort: "
              + listenPort
              + "\n"
              + "  keyStore: "
              + dir.resolve("vilnius.p12")
              + "\n"
              + "  storePasswordFile: "
              + password
              + "\n"
              + "  label: {classification: SECRET, releasableTo: [LTU, POL]}\n"
              + "  links:\n"
              + "    - {id: warsaw, nation: POL, host: 127.0.0.1, port: "
              + partner.port()
              + ", certificate: "
              + dir.resolve("warsaw.crt")
              + ",\n"
              + "       filter: {classes: [SMALL_DRONE, LOITERING_MUNITION]}}\n"
              + "    - {id: riga, nation: LVA, host: 127.0.0.1, port: "
              + freePort()
              + ", certificate: "
              + dir.resolve("riga.crt")
              + "}\n";
      ServeConfig config =
          ServeConfig.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t")
              .withPort(0)
              .withDataDir(dir.resolve("data").toString())
              .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", "viewer"));
      try (ServeNode node = ServeNode.start(config, InstantSource.system());
          FederationLink fromWarsaw =
              new FederationLink(
                  "warsaw to-vilnius s1",
                  new InetSocketAddress("127.0.0.1", listenPort),
                  DemoCertificates.context(dir, "warsaw", List.of("vilnius")),
                  new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(500)),
                  100)) {
        fromWarsaw.send(shared("T0000042", Set.of("POL", "LTU")));
        fromWarsaw.send(shared("T0000043", Set.of("POL")));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + node.port();
        JsonNode health =
            until(
                () -> json.readTree(get(http, base + "/health")),
                h ->
                    h.at("/federation/links/0/state").asText().equals("CONNECTED")
                        && h.at("/federation/links/0/received").asLong() == 2);
        assertThat(health.at("/federation/nodeId").asText()).isEqualTo("vilnius");
        assertThat(health.at("/federation/links/0/leaked").asLong())
            .as("the POL-only track reached LTU: counted, discarded")
            .isEqualTo(1);
        JsonNode tracks = json.readTree(get(http, base + "/api/tracks"));
        assertThat(tracks).hasSize(1);
        JsonNode t = tracks.get(0);
        assertThat(t.path("globalId").asText()).isEqualTo("warsaw:T0000042");
        assertThat(t.path("trackId").asText()).isEqualTo("warsaw:T0000042");
        assertThat(t.at("/partner/origin").asText()).isEqualTo("warsaw");
        assertThat(t.at("/partner/nation").asText()).isEqualTo("POL");
        assertThat(t.at("/partner/classification").asText()).isEqualTo("SECRET");
        assertThat(t.at("/partner/releasableTo").toString()).isEqualTo("[\"LTU\",\"POL\"]");
        JsonNode status = json.readTree(get(http, base + "/api/federation"));
        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.path("partnerTracks")).hasSize(1);
        assertThat(status.at("/links/0/id").asText()).isEqualTo("warsaw");
        // a trusted partner may not send as another: riga's key naming itself warsaw is refused
        try (FederationLink impostor =
            new FederationLink(
                "warsaw to-vilnius s2",
                new InetSocketAddress("127.0.0.1", listenPort),
                DemoCertificates.context(dir, "riga", List.of("vilnius")),
                new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(500)),
                100)) {
          impostor.send(shared("T0000044", Set.of("POL", "LTU")));
          until(
              () -> get(http, base + "/metrics"),
              m ->
                  java.util.regex.Pattern.compile("(?m)^sargas_federation_refused [1-9]")
                      .matcher(m)
                      .find());
        }
        assertThat(json.readTree(get(http, base + "/api/tracks"))).hasSize(1);
        assertThat(get(http, base + "/metrics"))
            .contains("sargas_federation_received{link=\"warsaw\"} 2");
      }
    }
  }

  @Test
  void theNodesPipelineTracksGoToThePartnerWithGlobalIds(@TempDir Path dir) throws Exception {
    DemoCertificates.generate(dir, "vilnius");
    DemoCertificates.generate(dir, "warsaw");
    Path password = dir.resolve("password");
    Files.writeString(password, new String(DemoCertificates.PASSWORD));
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    List<SharedTrack> received = new CopyOnWriteArrayList<>();
    ScaledClock clock = new ScaledClock(scenario.timeAt(180), 5);
    try (FederationListener partner =
            new FederationListener(
                "POL",
                SecurityClassification.SECRET,
                DemoCertificates.context(dir, "warsaw", List.of("vilnius")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                received::add);
        DemoFeeds feeds = new DemoFeeds(scenario, clock, 180)) {
      String yaml =
          "federation:\n"
              + "  {nodeId: vilnius, nation: LTU, listenHost: 127.0.0.1, listenPort: 0,\n"
              + "   keyStore: "
              + dir.resolve("vilnius.p12")
              + ", storePasswordFile: "
              + password
              + ",\n"
              + "   label: {classification: SECRET, releasableTo: [LTU, POL]},\n"
              + "   links: [{id: warsaw, nation: POL, host: 127.0.0.1, port: "
              + partner.port()
              + ", certificate: "
              + dir.resolve("warsaw.crt")
              + "}]}\n";
      ServeConfig config =
          feeds
              .configure(
                  ServeConfig.defaults()
                      .withPort(0)
                      .withDataDir(dir.resolve("data").toString())
                      .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", "viewer")))
              .withPipeline(new PipelineSettings(1.0, 1.0, null, null, null, null))
              .withFederation(
                  ServeConfig.read(
                          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t")
                      .federation());
      try (ServeNode node = ServeNode.start(config, clock)) {
        feeds.start(
            id -> {
              try {
                return node.udpPort(id);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + node.port();
        JsonNode local =
            until(
                () -> json.readTree(get(http, base + "/api/tracks")),
                ts -> ts.size() > 0 && !received.isEmpty());
        JsonNode t = local.get(0);
        assertThat(t.path("globalId").asText()).isEqualTo("vilnius:" + t.path("trackId").asText());
        SharedTrack first = received.get(0);
        assertThat(first.origin()).isEqualTo("vilnius");
        assertThat(first.originNation()).isEqualTo("LTU");
        assertThat(first.globalId()).isEqualTo("vilnius:" + first.track().trackId());
        assertThat(first.label().releasableTo()).containsExactlyInAnyOrder("LTU", "POL");
        assertThat(first.sensorSites()).as("the link does not carry sensor sites").isEmpty();
      }
    }
  }

  private static SharedTrack shared(String id, Set<String> releasableTo) {
    Track t =
        new Track(
            id,
            Instant.parse("2025-09-10T00:00:00Z"),
            GeoPoint.of(52.5, 23.5),
            -45,
            0,
            0,
            100,
            100,
            0,
            TrackState.CONFIRMED,
            Identity.NONE,
            new Classification(TargetClass.LOITERING_MUNITION, 0.8, "partner"),
            5);
    return new SharedTrack(
        "warsaw:" + id,
        t,
        new ReleasabilityLabel("NATO", SecurityClassification.SECRET, releasableTo, false),
        List.of(),
        "warsaw",
        "POL",
        t.time());
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static <T> T until(Callable<T> read, java.util.function.Predicate<T> done)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T v = read.call();
    while (!done.test(v)) {
      assertThat(System.nanoTime()).as("within 30 s: " + v).isLessThan(end);
      Thread.sleep(50);
      v = read.call();
    }
    return v;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
