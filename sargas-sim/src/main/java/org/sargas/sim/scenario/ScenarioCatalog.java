package org.sargas.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The built-in scenarios, shipped as YAML resources, plus scenario files given by path. */
public final class ScenarioCatalog {
  /** Names of the built-in scenarios, in presentation order. */
  public static final List<String> BUILT_IN =
      List.of(
          "lithuania-2025-su30",
          "lithuania-2025-gerbera",
          "estonia-2025-mig31",
          "poland-2025-09-10",
          "copenhagen-2025-09-22");

  private static final String RESOURCE_DIR = "/org/sargas/sim/scenarios/";
  private final ScenarioReader reader = new ScenarioReader();

  /** All built-in scenarios. */
  public List<Scenario> builtIn() {
    return BUILT_IN.stream().map(n -> find(n).orElseThrow()).toList();
  }

  /**
   * A built-in scenario by name, or a scenario file if {@code nameOrPath} names a readable file.
   */
  public Optional<Scenario> find(String nameOrPath) {
    try (InputStream in =
        ScenarioCatalog.class.getResourceAsStream(RESOURCE_DIR + nameOrPath + ".yaml")) {
      if (in != null) {
        return Optional.of(reader.read(in, nameOrPath + ".yaml"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path p = Path.of(nameOrPath);
    if (Files.isRegularFile(p)) {
      try (InputStream in = Files.newInputStream(p)) {
        return Optional.of(reader.read(in, p.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }
}
