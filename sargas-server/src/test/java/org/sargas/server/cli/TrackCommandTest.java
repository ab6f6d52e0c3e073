package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.sim.generator.GeneratedScenario;
import org.sargas.sim.generator.ScenarioGenerator;
import org.sargas.sim.generator.ScenarioSpec;
import picocli.CommandLine;

class TrackCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SargasCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Path[] scenario() throws Exception {
    GeneratedScenario g =
        ScenarioGenerator.generate(
            new ScenarioSpec("cli", 77, 10, 30, 40_000, 0.3, 0.2, 0.0, 1, 1.0, 50, 0.9, 10));
    Path plots = dir.resolve("plots.csv");
    Path truth = dir.resolve("truth.csv");
    try (Writer w = Files.newBufferedWriter(plots)) {
      g.writePlots(w);
    }
    try (Writer w = Files.newBufferedWriter(truth)) {
      g.writeTruth(w);
    }
    return new Path[] {plots, truth};
  }

  @Test
  void jsonReportHasTheIssuesKeys() throws Exception {
    Path[] s = scenario();
    Path tracks = dir.resolve("tracks.csv");
    Run r =
        run(
            "track",
            "--plots",
            s[0].toString(),
            "--truth",
            s[1].toString(),
            "--sigma-m",
            "50",
            "--out",
            tracks.toString(),
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    for (String k : List.of("mean", "localisation", "missed", "false")) {
      assertThat(json.path("gospa").has(k)).as(k).isTrue();
    }
    for (String k :
        List.of(
            "completeness",
            "ambiguity",
            "spuriousness",
            "positionAccuracyM",
            "velocityAccuracyMps",
            "longestTrackSegment")) {
      assertThat(json.path("siap").has(k)).as(k).isTrue();
    }
    for (String k : List.of("plotsPerSecond", "scanLatencyP50Ms", "scanLatencyP99Ms")) {
      assertThat(json.path("throughput").has(k)).as(k).isTrue();
      assertThat(json.path("throughput").path("threadCpu").has(k)).as("threadCpu " + k).isTrue();
    }
    JsonNode g = json.path("gospa");
    assertThat(g.path("mean").asDouble())
        .isCloseTo(
            g.path("localisation").asDouble()
                + g.path("missed").asDouble()
                + g.path("false").asDouble(),
            org.assertj.core.data.Offset.offset(1e-6));
    assertThat(json.path("siap").path("completeness").asDouble()).isGreaterThan(0.9);
    List<String> lines = Files.readAllLines(tracks);
    assertThat(lines.get(0)).isEqualTo("time_s,track_id,x_m,y_m,vx_m_s,vy_m_s");
    assertThat(lines).hasSizeGreaterThan(100);
  }

  @Test
  void textReportAndGnnJpdaBothRun() throws Exception {
    Path[] s = scenario();
    for (String assoc : List.of("gnn", "jpda")) {
      Run r =
          run(
              "track",
              "--plots",
              s[0].toString(),
              "--truth",
              s[1].toString(),
              "--associator",
              assoc);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("GOSPA").contains("SIAP completeness").contains("plots/s");
    }
  }

  @Test
  void withoutTruthOnlyThroughput() throws Exception {
    Path[] s = scenario();
    Run r = run("track", "--plots", s[0].toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.has("gospa")).isFalse();
    assertThat(json.path("throughput").path("plotsPerSecond").asDouble()).isPositive();
  }

  @Test
  void badLinesAreReportedAndGiveExitOne() throws Exception {
    Path plots = dir.resolve("bad.csv");
    Files.writeString(plots, "time_s,sensor_id,x_m,y_m\n0,S1,0,0\n1,S1,oops,0\n2,S1,300,0\n");
    Run r = run("track", "--plots", plots.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv:3").contains("not a number");
  }

  @Test
  void missingFileIsAnEnvironmentError() {
    Run r = run("track", "--plots", dir.resolve("nope.csv").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void missingPlotsOptionIsAUsageError() {
    assertThat(run("track").exit()).isEqualTo(2);
  }
}
