package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.airspace.coverage.DetectionCoverage;

/** {@code sargas coverage}: one feature per configured sensor plus the fused layer. */
class CoverageCommandTest {
  @Test
  void theEmbeddedSensorsAt200MetresAsGeoJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("cov.geojson");
    int code =
        SargasCli.commandLine().execute("coverage", "--altitude-m", "200", "--out", out.toString());
    assertThat(code).isZero();
    JsonNode fc = new ObjectMapper().readTree(Files.readString(out));
    JsonNode f = fc.path("features");
    assertThat(f.size()).isEqualTo(4);
    assertThat(f.get(0).path("properties").path("sensorId").asText()).isEqualTo("LT-LRR-1");
    assertThat(f.get(0).path("properties").path("limitedBy").asText()).isEqualTo("HORIZON");
    assertThat(f.get(0).path("properties").path("rangeM").asDouble())
        .isCloseTo(DetectionCoverage.horizonM(250, 200), within(1.0));
    assertThat(f.get(1).path("properties").path("limitedBy").asText())
        .as("gap filler: 60 km")
        .isEqualTo("RANGE");
    assertThat(f.get(2).path("properties").path("cooperativeOnly").asBoolean()).isTrue();
    assertThat(f.get(3).path("properties").path("sensorId").asText()).isEqualTo("FUSED");
    assertThat(f.get(3).path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
    assertThat(SargasCli.commandLine().execute("coverage", "--altitude-m", "-5")).isEqualTo(2);
  }
}
