package org.sargas.bench.track;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sargas.sim.generator.GeneratedScenario;
import org.sargas.sim.generator.ScenarioGenerator;
import org.sargas.sim.generator.ScenarioSpec;
import org.sargas.sim.generator.ScenarioSuite;

/**
 * Writes a suite scenario (or the accuracy scenario at N targets, {@code accuracy-N}) as the
 * interchange CSVs {@code DIR/plots.csv} and {@code DIR/truth.csv}, for {@code sargas track} or any
 * other tracker.
 *
 * <p>Run: {@code java -cp ... org.sargas.bench.track.WriteScenario accuracy-100 /tmp/acc100}.
 */
public final class WriteScenario {
  private WriteScenario() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WriteScenario NAME DIR   (NAME: a suite scenario or accuracy-N)");
      System.exit(2);
    }
    ScenarioSpec spec =
        ScenarioSuite.named(args[0])
            .orElseGet(
                () -> {
                  if (args[0].startsWith("accuracy-")) {
                    int n = Integer.parseInt(args[0].substring("accuracy-".length()));
                    return ScenarioSpec.accuracy(args[0], 42, n);
                  }
                  throw new IllegalArgumentException("unknown scenario " + args[0]);
                });
    GeneratedScenario g = ScenarioGenerator.generate(spec);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve("plots.csv"), StandardCharsets.UTF_8)) {
      g.writePlots(w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
      g.writeTruth(w);
    }
    System.out.printf(
        "%s: %d plots, %d truth states -> %s%n",
        spec.name(), g.plots().size(), g.truth().size(), dir);
  }
}
