package org.sargas.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.serve.PipelineSettings;
import org.sargas.server.serve.ServeConfig;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas demo}: {@code serve} plus simulated sensors streaming a scenario over real
 * loopback sockets in their wire formats, looping. The node's clock is the scenario's clock,
 * accelerated {@code --speed} times; the pipeline's lateness allowance grows with the speed (0.04
 * s of scenario time per unit of speed, at least 1 s) so the wall-clock jitter of the feeds does
 * not make reports late.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Serve with simulated sensors streaming a scenario over loopback sockets (ASTERIX over UDP,",
        "Beast over TCP) plus background civil ADS-B traffic, looping. Prints the URL."})
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--speed", defaultValue = "1", description = "Clock speed factor (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: a new temporary one).")
  Path data;

  @Option(names = "--scenario", defaultValue = "lithuania-2025-su30",
      description = "Scenario name or file (default ${DEFAULT-VALUE}).")
  String scenarioName;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = new ScenarioCatalog().find(scenarioName).orElse(null);
    if (scenario == null) {
      System.err.println("sargas demo: unknown scenario " + scenarioName);
      return 2;
    }
    if (!(speed > 0) || speed > 100) {
      System.err.println("sargas demo: --speed must be in (0, 100]");
      return 2;
    }
    Path dir = data != null ? data : Files.createTempDirectory("sargas-demo-");
    ScaledClock clock = new ScaledClock(scenario.start(), speed);
    DemoFeeds feeds = new DemoFeeds(scenario, clock);
    ServeConfig config = feeds.configure(ServeConfig.defaults().withPort(port).withDataDir(dir.toString()))
        .withPipeline(new PipelineSettings(1.0, Math.max(1.0, 0.04 * speed), null, null, null, null));
    System.out.println("sargas demo: scenario " + scenario.name() + " at " + speed + "x, looping");
    return ServeCommand.run(config, clock, node -> feeds.start(id -> {
      try {
        return node.udpPort(id);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
  }
}
