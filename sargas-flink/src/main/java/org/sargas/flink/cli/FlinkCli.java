package org.sargas.flink.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sargas.flink.local.LocalFlinkRun;
import org.sargas.flink.local.LocalKafka;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.cli.SargasCli;
import org.sargas.server.cli.ScenarioCommand;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas flink}: the scale-out job (module sargas-flink, its own class path; the launcher
 * dispatches {@code ./sargas flink …} here).
 */
@Command(
    name = "sargas flink",
    mixinStandardHelpOptions = true,
    description = "Run the surveillance pipeline as an Apache Flink job over Kafka topics.",
    subcommands = {
      FlinkCli.RunCommand.class,
      FlinkJobCommand.class,
      FlinkBench.class,
      KafkaServeCommand.class
    })
public final class FlinkCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a sub-command: run, job, bench or serve");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new FlinkCli()).execute(args));
  }

  /** {@code sargas flink run --local --scenario NAME}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Run a scenario through the Flink job: its frames to topic sargas.frames of an in-JVM Kafka"
            + " broker, the job on a local MiniCluster (exactly-once output), the outputs read back"
            + " and printed as `sargas scenario run` prints them.",
        "Exit code 0 on success, 2 for bad arguments or an unknown scenario, 3 if it cannot run."
      })
  static final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--local",
        required = true,
        description = "Run on a local MiniCluster with an in-JVM Kafka (the only mode so far).")
    boolean local;

    @Option(
        names = "--scenario",
        required = true,
        paramLabel = "NAME",
        description = "A built-in scenario (see `sargas scenario list`) or a scenario file.")
    String name;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
        names = "--parallelism",
        defaultValue = "1",
        description = "Parallelism of the job (default ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--seed", description = "Override the scenario's random seed.")
    Long seed;

    @Option(
        names = "--sectors",
        paramLabel = "COLUMNSxROWS",
        defaultValue = "1x1",
        description =
            "Track in a grid of geographic sectors with a 20 km halo and handover, e.g. 2x2"
                + " (default ${DEFAULT-VALUE}; docs/decisions/1201).")
    String sectors;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!format.equals("text") && !format.equals("json")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format: text or json");
      }
      if (parallelism < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be >= 1");
      }
      Optional<Scenario> found = new ScenarioCatalog().find(name);
      if (found.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown scenario '"
                + name
                + "'; built-in: "
                + String.join(", ", ScenarioCatalog.BUILT_IN));
      }
      SectorSettings sectorGrid = ScenarioCommand.sectorSettings(spec, sectors);
      Scenario scenario = seed == null ? found.get() : found.get().withSeed(seed);
      LocalFlinkRun.Outcome outcome;
      try (LocalKafka kafka = LocalKafka.start()) {
        outcome =
            new LocalFlinkRun(kafka)
                .run(
                    scenario,
                    name,
                    seed,
                    LocalFlinkRun.Options.defaults()
                        .withParallelism(parallelism)
                        .withSectors(sectorGrid));
      } catch (Exception e) {
        err.println("sargas flink run: " + e);
        return SargasCli.EXIT_ENVIRONMENT;
      }
      if (format.equals("json")) {
        out.println(ScenarioCommand.json(outcome.result()));
      } else {
        ScenarioCommand.printText(out, outcome.result());
      }
      out.flush();
      return 0;
    }
  }
}
