package org.sargas.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.json.CoverageGeoJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas coverage --altitude-m 200 [--config FILE] [--out FILE.geojson]}: where the
 * configured sensors can detect a target at that altitude (4/3-earth radar horizon, instrumented
 * range, lowest elevation; terrain ignored), per sensor and fused, as GeoJSON.
 */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Detection coverage of the configured sensors at one altitude (per sensor and fused), as GeoJSON."
    })
public final class CoverageCommand implements Callable<Integer> {
  @Option(
      names = "--altitude-m",
      defaultValue = "200",
      description = "Target altitude, m (default ${DEFAULT-VALUE}).")
  double altitudeM;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Node configuration (default: the embedded one).")
  Path config;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!(altitudeM >= 0 && altitudeM <= 30_000)) {
      System.err.println("sargas coverage: --altitude-m must be within [0, 30000]");
      return 2;
    }
    ServeConfig c;
    try {
      c = config == null ? ServeConfig.defaults() : ServeConfig.read(config);
    } catch (ConfigException e) {
      System.err.println("sargas coverage: " + e.getMessage());
      return 2;
    }
    String json =
        CoverageGeoJson.of(
            c.sensors().stream().map(SensorConfig::toCoverageSpec).toList(), altitudeM);
    if (out == null) {
      System.out.print(json);
    } else {
      Files.writeString(out, json, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
