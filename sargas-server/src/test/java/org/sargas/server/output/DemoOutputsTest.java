package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.cot.CotEvent;
import org.sargas.formats.cot.CotSchema;
import org.sargas.formats.cot.CotType;
import org.sargas.formats.cot.CotXml;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.ingest.TsharkAsterixConformanceTest;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;

/**
 * {@code sargas demo} with a CAT062 and a CoT output configured: the datagrams, read by our decoder
 * and by tshark (when installed), carry the positions {@code /api/tracks} serves for the same track
 * at the same time within 1 LSB of I062/105; the CoT events are schema-valid and carry the same
 * positions and types from the tracks' class.
 */
class DemoOutputsTest {
  private static final double LSB_DEG = 180.0 / (1 << 25);

  /** One sample of /api/tracks. */
  record ApiTrack(String trackId, Instant time, double lat, double lon, String targetClass) {}

  /** A decoded CAT062 record and the index of the datagram that carried it. */
  record Sent(Cat062Record record, int datagram) {}

  @Test
  void cat062AndCotOutputsCarryTheApiPicture(@TempDir Path data) throws Exception {
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScaledClock clock = new ScaledClock(scenario.timeAt(180), 5);
    ObjectMapper json = new ObjectMapper();
    List<byte[]> asterix = new ArrayList<>();
    List<byte[]> cot = new ArrayList<>();
    List<ApiTrack> api = new ArrayList<>();
    try (DatagramChannel cat062In = DatagramChannel.open().bind(loopback());
        DatagramChannel cotIn = DatagramChannel.open().bind(loopback());
        DemoFeeds feeds = new DemoFeeds(scenario, clock, 180)) {
      cat062In.configureBlocking(false);
      cotIn.configureBlocking(false);
      String yaml =
          "outputs:\n"
              + "  - {id: cat062, format: asterix-cat062, host: 127.0.0.1, port: "
              + ((InetSocketAddress) cat062In.getLocalAddress()).getPort()
              + ", updateIntervalS: 0.5, sac: 25, sic: 200}\n"
              + "  - {id: cot, format: cot-xml, host: 127.0.0.1, port: "
              + ((InetSocketAddress) cotIn.getLocalAddress()).getPort()
              + ", updateIntervalS: 0.5, uidPrefix: sargas-LTU}\n";
      ServeConfig outputs =
          ServeConfig.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t");
      ServeConfig config =
          feeds
              .configure(ServeConfig.defaults().withPort(0).withDataDir(data.toString()))
              .withPipeline(new PipelineSettings(1.0, 1.0, null, null, null, null))
              .withOutputs(outputs.outputs())
              // as the demo: loopback, plain HTTP, the picture readable without a token
              .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", "viewer"));
      try (ServeNode node = ServeNode.start(config, clock)) {
        feeds.start(
            id -> {
              try {
                return node.udpPort(id);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Set<String> matched = new HashSet<>();
        while (System.nanoTime() < end && matched.size() < 5) {
          receive(cat062In, asterix);
          receive(cotIn, cot);
          String body =
              http.send(
                      HttpRequest.newBuilder(
                              URI.create("http://127.0.0.1:" + node.port() + "/api/tracks"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body();
          for (JsonNode t : json.readTree(body)) {
            api.add(
                new ApiTrack(
                    t.path("trackId").asText(),
                    Instant.parse(t.path("time").asText()),
                    t.path("lat").asDouble(),
                    t.path("lon").asDouble(),
                    t.path("class").asText()));
          }
          matched = matchedTracks(asterix, api);
          Thread.sleep(50);
        }
        receive(cat062In, asterix);
        receive(cotIn, cot);
        assertThat(node.outputs().pictureOutputs())
            .allSatisfy(o -> assertThat(o.updates()).isPositive());
      }
    }

    // CAT062 as our decoder reads it
    Map<String, List<Sent>> sent = cat062(asterix);
    int compared = 0;
    Map<Integer, List<double[]>> byDatagram = new HashMap<>();
    for (ApiTrack a : api) {
      for (Sent s : sent.getOrDefault(key(a), List.of())) {
        assertThat(s.record().latDeg()).as(a.trackId()).isCloseTo(a.lat(), within(LSB_DEG));
        assertThat(s.record().lonDeg()).as(a.trackId()).isCloseTo(a.lon(), within(LSB_DEG));
        assertThat(s.record().sac()).isEqualTo(25);
        assertThat(s.record().sic()).isEqualTo(200);
        byDatagram
            .computeIfAbsent(s.datagram(), k -> new ArrayList<>())
            .add(new double[] {s.record().trackNumber(), a.lat(), a.lon()});
        compared++;
      }
    }
    assertThat(compared).as("CAT062 records compared with /api/tracks").isGreaterThanOrEqualTo(5);
    checkWithTshark(asterix, byDatagram, data);

    // CoT: schema-valid, same positions, type from the class
    Map<String, CotEvent> events = new HashMap<>();
    for (byte[] d : cot) {
      CotSchema.validate(d);
      CotEvent e = CotXml.parse(d);
      events.put(e.uid() + "@" + e.start(), e);
    }
    int cotCompared = 0;
    for (ApiTrack a : api) {
      CotEvent e =
          events.get("sargas-LTU-" + a.trackId() + "@" + a.time().truncatedTo(ChronoUnit.MILLIS));
      if (e == null) {
        continue;
      }
      assertThat(e.latDeg()).isCloseTo(a.lat(), within(1.5e-7));
      assertThat(e.lonDeg()).isCloseTo(a.lon(), within(1.5e-7));
      String withoutAffiliation = e.type().substring(3);
      StandardIdentity id = identityOf(e.type().charAt(2));
      assertThat(withoutAffiliation)
          .isEqualTo(CotType.of(id, TargetClass.valueOf(a.targetClass())).substring(3));
      assertThat(e.stale()).isAfter(e.start());
      cotCompared++;
    }
    assertThat(cotCompared).as("CoT events compared with /api/tracks").isGreaterThanOrEqualTo(5);
  }

  private static StandardIdentity identityOf(char affiliation) {
    for (StandardIdentity s : StandardIdentity.values()) {
      if (Character.toLowerCase(s.letter()) == affiliation) {
        return s;
      }
    }
    throw new AssertionError("unknown CoT affiliation " + affiliation);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress("127.0.0.1", 0);
  }

  private static void receive(DatagramChannel ch, List<byte[]> into) throws Exception {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    while (ch.receive(buf.clear()) != null) {
      byte[] d = new byte[buf.position()];
      buf.flip().get(d);
      into.add(d);
    }
  }

  private static String key(ApiTrack a) {
    double tod = a.time().atOffset(ZoneOffset.UTC).toLocalTime().toNanoOfDay() / 1e9;
    return Cat062PictureEncoder.trackNumber(a.trackId()) + "@" + Math.round(tod * 128);
  }

  private static Map<String, List<Sent>> cat062(List<byte[]> datagrams) {
    Map<String, List<Sent>> out = new HashMap<>();
    for (int k = 0; k < datagrams.size(); k++) {
      List<Cat062Record> records = new ArrayList<>();
      Cat062PictureEncoderTest.decode(List.of(datagrams.get(k)), records, new ArrayList<>());
      for (Cat062Record r : records) {
        out.computeIfAbsent(
                r.trackNumber() + "@" + Math.round(r.timeOfDayS() * 128), x -> new ArrayList<>())
            .add(new Sent(r, k));
      }
    }
    return out;
  }

  private static Set<String> matchedTracks(List<byte[]> asterix, List<ApiTrack> api) {
    Map<String, List<Sent>> sent = cat062(asterix);
    Set<String> ids = new HashSet<>();
    for (ApiTrack a : api) {
      if (sent.containsKey(key(a))) {
        ids.add(a.trackId());
      }
    }
    return ids;
  }

  /** tshark reads the same datagrams as CAT062 with I062/105 within 1 LSB of /api/tracks. */
  private static void checkWithTshark(
      List<byte[]> datagrams, Map<Integer, List<double[]>> expected, Path dir) throws Exception {
    if (!TsharkAsterixConformanceTest.tsharkInstalled()) {
      System.err.println("DemoOutputsTest: tshark not installed; the tshark comparison is skipped");
      return;
    }
    Path pcap = dir.resolve("outputs.pcap");
    Files.write(pcap, TsharkAsterixConformanceTest.pcap(datagrams));
    Process p =
        new ProcessBuilder(
                "tshark",
                "-r",
                pcap.toString(),
                "-d",
                "udp.port==8600,asterix",
                "-T",
                "fields",
                "-E",
                "separator=;",
                "-e",
                "asterix.category",
                "-e",
                "asterix.062_040_VALUE",
                "-e",
                "asterix.062_105_LAT",
                "-e",
                "asterix.062_105_LON")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).hasSize(datagrams.size());
    int compared = 0;
    for (var e : expected.entrySet()) {
      String[] f = lines.get(e.getKey()).split(";", -1);
      assertThat(f[0]).startsWith("62");
      String[] numbers = f[1].split(",");
      String[] lats = f[2].split(",");
      String[] lons = f[3].split(",");
      for (double[] x : e.getValue()) {
        boolean found = false;
        for (int i = 0; i < numbers.length; i++) {
          if (Integer.decode(numbers[i].strip()) == (int) x[0]) {
            assertThat(Double.parseDouble(lats[i])).isCloseTo(x[1], within(LSB_DEG));
            assertThat(Double.parseDouble(lons[i])).isCloseTo(x[2], within(LSB_DEG));
            found = true;
            compared++;
          }
        }
        assertThat(found).as("track %d in datagram %d per tshark", (int) x[0], e.getKey()).isTrue();
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(5);
  }
}
