package org.sargas.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.server.cli.SargasCli;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.report.IncidentFiles;
import org.sargas.server.report.ReportFormat;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.store.DataDirectory;
import org.sargas.store.incident.IncidentStore;

/**
 * One recorded serve run, then: malformed frames were counted and the pipeline kept going;
 * replaying the journal twice gives identical incidents; reports and evidence bundles of the
 * incident (export, offline verification, tamper detection).
 */
class JournalReplayTest {
  @TempDir static Path data;
  static ServeMetrics live;
  static String incidentId;

  @BeforeAll
  static void recordARun() throws Exception {
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScaledClock clock = new ScaledClock(scenario.timeAt(240), 30);
    DemoFeeds feeds = new DemoFeeds(scenario, clock);
    ServeConfig config =
        feeds
            .configure(
                ServeConfig.defaults()
                    .withPort(0)
                    .withDataDir(data.toString())
                    // loopback: plain HTTP (no certificate to make at start)
                    .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", null)))
            .withPipeline(new PipelineSettings(1.0, 2.0, null, null, null, null));
    try (ServeNode node = ServeNode.start(config, clock)) {
      for (int i = 0; i < 200 && feeds.beastClients() == 0; i++) {
        Thread.sleep(20);
      }
      int radarPort = node.udpPort("radar-LT-GF-1");
      try (DatagramChannel ch = DatagramChannel.open()) {
        // CAT048, SAC/SIC 25/2 readable, but the record's items run past the block: a decode error.
        byte[] truncated = {48, 0, 8, (byte) 0xF0, 25, 2, 0x12, 0x34};
        // A block whose LEN exceeds the datagram.
        byte[] overlong = {48, 0x01, 0x00, (byte) 0xF0, 25, 2, 0, 0, 0};
        for (int k = 0; k < 3; k++) {
          ch.send(
              ByteBuffer.wrap(truncated),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), radarPort));
          ch.send(
              ByteBuffer.wrap(overlong),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), radarPort));
        }
      }
      feeds.streamOnce(id -> ServeEndToEndContract.port(node, id), 240, 400);
      Thread.sleep(300);
      live = node.metrics();
      List<org.sargas.store.incident.StoredViolation> v =
          node.store()
              .violations(
                  java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"), 10);
      assertFalse(v.isEmpty(), "no violation recorded");
      incidentId = v.get(v.size() - 1).violation().violationId();
    } finally {
      feeds.close();
    }
  }

  @Test
  void malformedFramesAreCountedAndThePipelineContinues() {
    assertTrue(
        live.value("sargas_decode_errors_total", "input=\"radar-LT-GF-1\"") >= 3, live.render());
    assertTrue(
        live.render().contains("sargas_udp_rejected{input=\"radar-LT-GF-1\",reason=\"sac_sic\"} 3"),
        live.render());
    assertTrue(live.value("sargas_observations_total", "") > 100);
    assertTrue(
        live.value("sargas_alerts_total", "") >= 1, "pipeline stopped after the malformed frames");
  }

  @Test
  void replayingTheJournalTwiceGivesIdenticalIncidents() throws Exception {
    ServeConfig c = ServeConfig.read(Replay.configCopy(data));
    CountryBorders borders = CountryBorders.easternFlank();
    IncidentSink.MemorySink first = IncidentSink.memory();
    IncidentSink.MemorySink second = IncidentSink.memory();
    Replay.Summary a =
        new Replay(c, borders).run(data.resolve("journal"), 0, first, PicturePublisher.NONE);
    Replay.Summary b =
        new Replay(c, borders).run(data.resolve("journal"), 0, second, PicturePublisher.NONE);
    assertFalse(first.violations().isEmpty());
    assertEquals(first.violations(), second.violations());
    assertEquals(first.alerts(), second.alerts());
    assertEquals(a.observations(), b.observations());
    assertTrue(
        first.violations().stream().allMatch(v -> "LTU".equals(v.zoneId())),
        first.violations().toString());
    assertTrue(a.metrics().value("sargas_decode_errors_total", "input=\"radar-LT-GF-1\"") >= 3);
  }

  @Test
  void reportsShowTheIncident() throws Exception {
    try (IncidentStore store = IncidentStore.openSqlite(data)) {
      Violation v = store.violation(incidentId).orElseThrow().violation();
      IncidentFiles files =
          new IncidentFiles(store, new DataDirectory(data), CountryBorders.easternFlank());
      String html = files.report(v, ReportFormat.HTML);
      assertTrue(
          html.contains("<svg") && html.contains("<polyline") && html.contains("max depth"), html);
      assertTrue(html.contains(v.violationId()));
      JsonNode geo = new ObjectMapper().readTree(files.report(v, ReportFormat.GEOJSON));
      assertEquals("FeatureCollection", geo.path("type").asText());
      assertEquals(
          "LineString", geo.path("features").get(0).path("geometry").path("type").asText());
      assertTrue(geo.path("features").get(0).path("geometry").path("coordinates").size() > 3);
      String kml = files.report(v, ReportFormat.KML);
      assertTrue(kml.contains("<kml") && kml.contains("<LineString>"));
      assertFalse(files.frames(v).isEmpty());
    }
  }

  @Test
  void evidenceBundleExportsVerifiesAndDetectsTampering(@TempDir Path out) throws Exception {
    Path bundle = out.resolve("bundle");
    assertEquals(
        0,
        cli(
            "evidence",
            "export",
            incidentId,
            "--out",
            bundle.toString(),
            "--data",
            data.toString()));
    assertEquals(
        0,
        cli(
            "evidence",
            "verify",
            bundle.toString(),
            "--key",
            data.resolve("evidence/node-key.pub.pem").toString()));
    Path incident = bundle.resolve("incident.json");
    Files.writeString(incident, Files.readString(incident).replace("\"LTU\"", "\"LVA\""));
    assertEquals(1, cli("evidence", "verify", bundle.toString()));
    Path report = out.resolve("r.html");
    assertEquals(
        0,
        cli(
            "report",
            incidentId,
            "--format",
            "html",
            "--out",
            report.toString(),
            "--data",
            data.toString()));
    assertTrue(Files.readString(report).contains("<svg"));
  }

  private static int cli(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      return SargasCli.commandLine().execute(args);
    } finally {
      System.setOut(saved);
    }
  }
}
