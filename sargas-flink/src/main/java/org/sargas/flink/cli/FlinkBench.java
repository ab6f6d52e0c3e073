package org.sargas.flink.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sargas.flink.local.LocalFlinkRun;
import org.sargas.flink.local.LocalKafka;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.cli.ScenarioCommand;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas bench flink}: throughput of the Flink job on a local MiniCluster over the in-JVM
 * Kafka, at parallelism 1 and 2 (frames and observations per second of job wall-clock time; the
 * topics are filled before the job starts).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Throughput of the Flink job at parallelism 1 and 2 (local MiniCluster, Kafka).")
public final class FlinkBench implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scenario",
      defaultValue = "poland-2025-09-10",
      description = "Scenario (default ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--runs", defaultValue = "2", description = "Runs per parallelism; best kept.")
  int runs;

  @Option(
      names = "--sectors",
      paramLabel = "COLUMNSxROWS",
      defaultValue = "1x1",
      description =
          "Track in a grid of geographic sectors, keyed by sector in the job, e.g. 2x2 (default"
              + " ${DEFAULT-VALUE}: one sector per region).")
  String sectors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SectorSettings sectorGrid = ScenarioCommand.sectorSettings(spec, sectors);
    Scenario scenario =
        new ScenarioCatalog()
            .find(name)
            .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + name));
    try (LocalKafka kafka = LocalKafka.start()) {
      LocalFlinkRun local = new LocalFlinkRun(kafka);
      out.printf(
          Locale.ROOT,
          "flink job, scenario %s, %s, %d cores, java %s%n",
          name,
          sectorGrid.count() > 1
              ? sectorGrid.columns() + "x" + sectorGrid.rows() + " sectors (keyed by sector)"
              : "one sector",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      out.printf(
          Locale.ROOT,
          "%-11s %8s %8s %10s %12s%n",
          "parallelism",
          "frames",
          "job s",
          "frames/s",
          "violations");
      for (int p : new int[] {1, 2}) {
        double best = Double.MAX_VALUE;
        LocalFlinkRun.Outcome last = null;
        for (int i = 0; i < runs; i++) {
          last =
              local.run(
                  scenario,
                  name,
                  null,
                  LocalFlinkRun.Options.defaults().withParallelism(p).withSectors(sectorGrid));
          best = Math.min(best, last.jobS());
        }
        out.printf(
            Locale.ROOT,
            "%-11d %8d %8.2f %10.0f %12d%n",
            p,
            last.frames(),
            best,
            last.frames() / best,
            last.result().violations().size());
        out.flush();
      }
    }
    return 0;
  }
}
