package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScenarioCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = SargasCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsTheBuiltInScenarios() {
    Run r = run("scenario", "list");
    assertThat(r.exit).isZero();
    assertThat(r.out)
        .contains("lithuania-2025-su30")
        .contains("lithuania-2025-gerbera")
        .contains("estonia-2025-mig31")
        .contains("poland-2025-09-10")
        .contains("copenhagen-2025-09-22");
  }

  @Test
  void jsonOutputHasViolationsWithTheDocumentedFieldsAndWritesFiles(@TempDir Path dir)
      throws Exception {
    Run r =
        run("scenario", "run", "lithuania-2025-su30", "--format", "json", "--out", dir.toString());
    assertThat(r.exit).as(r.err).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out);
    assertThat(doc.get("violations").size()).isPositive();
    assertThat(doc.get("truthViolations").size()).isEqualTo(2);
    JsonNode v = doc.get("violations").get(0);
    for (String field :
        new String[] {
          "trackId",
          "zone",
          "entryTime",
          "entryLat",
          "entryLon",
          "exitTime",
          "exitLat",
          "exitLon",
          "durationS",
          "maxDepthM",
          "maxDepthTime",
          "maxDepthLat",
          "maxDepthLon",
          "originCountry",
          "exitCountry",
          "probability",
          "status"
        }) {
      assertThat(v.has(field)).as(field).isTrue();
    }
    assertThat(v.get("entryTime").asText()).endsWith("Z");
    assertThat(v.get("zone").asText()).isEqualTo("LTU");
    for (String f :
        new String[] {"observations.csv", "truth.csv", "tracks.csv", "incidents.json"}) {
      assertThat(dir.resolve(f)).isRegularFile();
    }
    assertThat(Files.readAllLines(dir.resolve("tracks.csv")).get(0))
        .startsWith("time_s,track_id,lat_deg,lon_deg");
  }

  @Test
  void airportScenarioPrintsTheRunwaySuspensionAlertsInTextAndJson() throws Exception {
    Run text = run("scenario", "run", "copenhagen-2025-09-22");
    assertThat(text.exit).as(text.err).isZero();
    assertThat(text.out)
        .contains("Runway-suspension alerts from the tracks:")
        .contains("CRITICAL Suspend operations on runway(s)")
        .contains("may resume")
        .contains("Early warnings")
        .contains("Last known state");
    Run json = run("scenario", "run", "copenhagen-2025-09-22", "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(json.out);
    List<JsonNode> alerts = new java.util.ArrayList<>();
    doc.get("alerts")
        .forEach(
            a -> {
              if (a.get("kind").asText().equals("RUNWAY_SUSPENSION")) {
                alerts.add(a);
              }
            });
    assertThat(alerts.size()).isGreaterThanOrEqualTo(2);
    assertThat(alerts.get(0).get("kind").asText()).isEqualTo("RUNWAY_SUSPENSION");
    assertThat(alerts.get(0).get("severity").asText()).isEqualTo("CRITICAL");
    assertThat(alerts.get(0).get("zone").asText()).isEqualTo("EKCH");
    assertThat(alerts.get(alerts.size() - 1).get("severity").asText()).isEqualTo("INFO");
    assertThat(doc.get("truthAlerts").size()).isGreaterThanOrEqualTo(2);
    assertThat(doc.get("warnings").isArray()).isTrue();
    JsonNode last = doc.get("lastKnown").get(0);
    for (String field :
        new String[] {
          "trackId",
          "time",
          "timeS",
          "lat",
          "lon",
          "velocityEastMps",
          "velocityNorthMps",
          "groundSpeedMps",
          "courseDeg",
          "class",
          "lost",
          "droppedTime"
        }) {
      assertThat(last.has(field)).as(field).isTrue();
    }
  }

  @Test
  void unknownScenarioIsAUsageError() {
    Run r = run("scenario", "run", "no-such-scenario");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("unknown scenario 'no-such-scenario'");
  }
}
