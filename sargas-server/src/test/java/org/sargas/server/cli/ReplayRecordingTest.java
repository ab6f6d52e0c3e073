package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.sim.wire.CivilSystemTrackFeed;
import org.sargas.sim.wire.PcapWriter;

/**
 * A 30-minute recording of a neighbour's CAT062 system-track feed (civil flights crossing
 * Lithuania's borders from every neighbour, discrete Mode 3/A codes and Mode C, a 5 s system-track
 * update pattern with repeats and late datagrams, accuracies, ages and flight plans, plus one
 * primary-only intruder from Belarus) replayed through the pipeline: as fast as possible it takes a
 * few seconds; the intruder is the only CRITICAL violation; the same recording paced at 600× gives
 * identical violations.
 */
class ReplayRecordingTest {
  @TempDir static Path dir;
  static Path pcap;
  static Path config;

  @BeforeAll
  static void record() throws Exception {
    List<PcapWriter.Datagram> datagrams =
        new CivilSystemTrackFeed(25, 100, Instant.parse("2026-11-20T10:00:00Z"), 1800, 7)
            .datagrams();
    pcap = dir.resolve("cat062-30min.pcap");
    Files.write(pcap, PcapWriter.write(datagrams, 8600));
    config = dir.resolve("sdps.yaml");
    Files.writeString(
        config,
        """
        region: {originLatDeg: 54.9, originLonDeg: 23.9, protectedCountries: [LTU]}
        sensors:
          - {id: SDPS-1, name: "Neighbour system tracker", kind: SYSTEM_TRACKER, latDeg: 54.9, lonDeg: 23.9,
             altitudeM: 0, maxRangeM: 800000, updatePeriodS: 5, sac: 25, sic: 100}
        inputs:
          - {id: sdps, type: udp, format: ASTERIX, port: 0}
        """);
  }

  private static JsonNode replay(String... pace) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("replay", pcap.toString(), "--config", config.toString()));
    args.addAll(List.of(pace));
    args.addAll(List.of("--format", "json"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = SargasCli.commandLine().execute(args.toArray(String[]::new));
    } finally {
      System.setOut(old);
    }
    assertThat(code).as("exit code of replay %s", args).isZero();
    return new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void onlyThePrimaryOnlyIntruderIsCriticalAndThePaceChangesNothing() throws Exception {
    JsonNode max = replay("--max");
    assertThat(max.path("summary").path("decodeFailures").asLong()).isZero();
    // One datagram in a hundred leaves 1.5-3.5 s late (53 reports, dropped under the pipeline's
    // 1 s lateness): system-track inputs allow 5 s.
    assertThat(max.path("summary").path("lateReports").asLong()).isZero();
    assertThat(max.path("summary").path("tracks").asInt()).isGreaterThan(20);
    List<JsonNode> critical = new ArrayList<>();
    List<JsonNode> civil = new ArrayList<>();
    List<JsonNode> crossed = new ArrayList<>();
    for (JsonNode a : max.path("alerts")) {
      if (a.path("kind").asText().equals("VIOLATION")) {
        (a.path("severity").asText().equals("CRITICAL") ? critical : civil).add(a);
      }
      if (a.path("kind").asText().equals("CROSSING")) {
        crossed.add(a);
      }
    }
    // Flights correlated with a flight plan by the source system (I062/390) cross into LTU: they
    // are crossings (INFO), neutral, and never violations; flights without I062/390 squawking a
    // discrete code are cooperative civil traffic: WARNING at most.
    assertThat(crossed)
        .as("civil flights on plans crossing into LTU are recorded as crossings")
        .hasSizeGreaterThan(5);
    assertThat(crossed).allSatisfy(a -> assertThat(a.path("severity").asText()).isEqualTo("INFO"));
    assertThat(crossed)
        .allSatisfy(a -> assertThat(a.path("message").asText()).contains("I062/390"));
    assertThat(max.path("crossings")).hasSize(crossed.size());
    for (JsonNode c : max.path("crossings")) {
      assertThat(c.path("identity").asText()).isEqualTo("NEUTRAL");
    }
    assertThat(civil).allSatisfy(a -> assertThat(a.path("message").asText()).contains("squawk"));
    assertThat(critical).as("critical violations: %s", critical).hasSize(1);
    JsonNode intruder = critical.get(0);
    JsonNode v = null;
    for (JsonNode x : max.path("violations")) {
      if (x.path("trackId").asText().equals(intruder.path("trackId").asText())) {
        v = x;
      }
    }
    assertThat(v).isNotNull();
    assertThat(v.path("originCountry").asText()).isEqualTo("BLR");
    assertThat(v.path("identity").asText()).isEqualTo("HOSTILE");

    JsonNode paced = replay("--speed", "600");
    assertThat(paced.path("violations")).isEqualTo(max.path("violations"));
    assertThat(paced.path("alerts")).isEqualTo(max.path("alerts"));
    assertThat(paced.path("crossings")).isEqualTo(max.path("crossings"));
  }
}
