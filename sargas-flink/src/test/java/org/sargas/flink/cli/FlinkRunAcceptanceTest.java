package org.sargas.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sargas.server.cli.SargasCli;
import picocli.CommandLine;

/**
 * Issue 17's acceptance: {@code sargas flink run --local --scenario poland-2025-09-10 --format
 * json} prints the violations of {@code sargas scenario run poland-2025-09-10 --format json},
 * compared independently of track ids (zone, entry within 1 s, depth within 10 m).
 */
class FlinkRunAcceptanceTest {
  private static final String NAME = "poland-2025-09-10";

  @Test
  void flinkRunPrintsTheViolationsOfScenarioRun() throws Exception {
    JsonNode flink =
        run(
            new CommandLine(new FlinkCli()),
            "run",
            "--local",
            "--scenario",
            NAME,
            "--format",
            "json");
    JsonNode embedded = run(SargasCli.commandLine(), "scenario", "run", NAME, "--format", "json");

    assertThat(flink.properties())
        .extracting(e -> e.getKey())
        .containsExactlyElementsOf(embedded.properties().stream().map(e -> e.getKey()).toList());
    JsonNode f = flink.get("violations");
    JsonNode e = embedded.get("violations");
    assertThat(e.size()).isGreaterThan(0);
    assertThat(f.size()).isEqualTo(e.size());
    for (int i = 0; i < e.size(); i++) {
      assertThat(f.get(i).get("zone").asText()).isEqualTo(e.get(i).get("zone").asText());
      assertThat(Duration.between(entry(e.get(i)), entry(f.get(i))).abs())
          .isLessThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(f.get(i).get("maxDepthM").asDouble())
          .isCloseTo(e.get(i).get("maxDepthM").asDouble(), Offset.offset(10.0));
    }
  }

  private static Instant entry(JsonNode v) {
    JsonNode t = v.get("entryTime");
    return t.isTextual()
        ? Instant.parse(t.asText())
        : Instant.ofEpochSecond(0, Math.round(t.asDouble() * 1e9));
  }

  private static JsonNode run(CommandLine cli, String... args) throws Exception {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
    return new ObjectMapper().readTree(out.toString());
  }
}
