package org.sargas.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas demo}: {@code serve} plus simulated sensors streaming a scenario over real loopback
 * sockets in their wire formats, looping. The node's clock is the scenario's clock, accelerated
 * {@code --speed} times; the pipeline's lateness allowance grows with the speed (0.04 s of scenario
 * time per unit of speed, at least 1 s) so the wall-clock jitter of the feeds does not make reports
 * late.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serve with simulated sensors streaming a scenario over loopback sockets (ASTERIX over UDP,",
      "Beast over TCP) plus background civil ADS-B traffic, looping. Prints the URL."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "Listen address (default ${DEFAULT-VALUE}: this machine only, plain HTTP, the picture"
              + " readable without a token). Any other address (a container: 0.0.0.0) serves HTTPS"
              + " with a self-signed certificate and every route needs the printed sign-in link.")
  String bind;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Clock speed factor (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default: a new temporary one).")
  Path data;

  @Option(
      names = "--scenario",
      defaultValue = "lithuania-2025-su30",
      description = "Scenario name or file (default ${DEFAULT-VALUE}).")
  String scenarioName;

  @Option(
      names = "--from-s",
      paramLabel = "S",
      description =
          "Scenario second at which the first run starts (default: 30 s before the first"
              + " border crossing of the ground truth, so that the incident shows within a minute; 0 plays"
              + " the scenario from its beginning). Later runs play the whole scenario.")
  Double fromOption;

  @Option(
      names = "--output",
      paramLabel = "FORMAT[=HOST:PORT]",
      description = {
        "Also send the picture out over UDP (repeatable; docs/sharing.md): asterix-cat062",
        "(default 127.0.0.1:8600), cot-xml or tak-protobuf (default the TAK mesh 239.2.3.1:6969;",
        "CoT event times are shifted to the wall clock so TAK clients do not drop them as stale)."
      })
  java.util.List<String> outputSpecs = new java.util.ArrayList<>();

  @Option(
      names = "--sapient-dmm",
      description = {
        "The scenario's SAPIENT nodes (acoustic arrays, RF direction finders, and its last radar",
        "when it has two) connect to the node as their decision-making module instead of serving",
        "their streams; tasks: POST /api/sensors/{id}/task (docs/sharing.md)."
      })
  boolean sapientDmm;

  /** Lead-in before the first crossing, s of scenario time. */
  static final double DEFAULT_LEAD_IN_S = 30;

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
    double fromS = fromOption != null ? fromOption : firstCrossingS(scenario) - DEFAULT_LEAD_IN_S;
    fromS = Math.max(0, Math.min(fromS, scenario.durationS() - 1));
    ScaledClock clock = new ScaledClock(scenario.timeAt(fromS), speed);
    DemoFeeds feeds = new DemoFeeds(scenario, clock, fromS);
    if (sapientDmm) {
      feeds.withSapientDmm();
    }
    ServeConfig config =
        feeds
            .configure(ServeConfig.defaults().withPort(port).withDataDir(dir.toString()))
            .withPipeline(
                new PipelineSettings(1.0, Math.max(1.0, 0.04 * speed), null, null, null, null));
    try {
      config = config.withOutputs(outputs(outputSpecs));
    } catch (org.sargas.server.config.ConfigException | IllegalArgumentException e) {
      System.err.println("sargas demo: --output: " + e.getMessage());
      return 2;
    }
    // The demo is for this machine: loopback only, plain HTTP, the picture readable without a
    // token (web.anonymousRole, refused on any other address); acting needs the sign-in link.
    // Bound elsewhere (--bind 0.0.0.0 in a container) it is a node like serve: TLS, tokens only.
    boolean loopback = config.web().withAccess(bind, null).loopbackOnly();
    config = config.withWeb(config.web().withAccess(bind, loopback ? "viewer" : null));
    System.out.printf(
        java.util.Locale.ROOT,
        "sargas demo: scenario %s at %sx from second %.0f, looping%n",
        scenario.name(),
        speed,
        fromS);
    return ServeCommand.run(
        config,
        clock,
        node -> {
          printSignInLink(node, dir);
          feeds.start(
              id -> {
                try {
                  return node.udpPort(id);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              node::sapientDmmPort);
          Thread.ofPlatform().daemon().name("demo-alert-printer").start(() -> printAlerts(node));
        });
  }

  /** The outputs of {@code --output FORMAT[=HOST:PORT]} options. */
  static java.util.List<org.sargas.server.config.OutputConfig> outputs(
      java.util.List<String> specs) {
    java.util.List<org.sargas.server.config.OutputConfig> out = new java.util.ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split("=", 2);
      String format = p[0].trim();
      boolean cot = org.sargas.server.config.OutputConfig.isCot(format);
      String target =
          p.length > 1
              ? p[1].trim()
              : cot
                  ? org.sargas.server.config.OutputConfig.COT_MESH_GROUP
                      + ":"
                      + org.sargas.server.config.OutputConfig.COT_MESH_PORT
                  : "127.0.0.1:8600";
      int colon = target.lastIndexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("expected FORMAT=HOST:PORT, not " + spec);
      }
      String host = target.substring(0, colon);
      int port = Integer.parseInt(target.substring(colon + 1));
      out.add(
          org.sargas.server.config.OutputConfig.udp(
              "demo-" + format + "-" + out.size(), format, host, port, cot));
    }
    return out;
  }

  /** Prints the link that signs a local admin in to the map (the token rides in the fragment). */
  private static void printSignInLink(org.sargas.server.serve.ServeNode node, Path dir) {
    try {
      String token =
          org.sargas.server.security.LocalIssuer.open(dir)
              .mint(
                  "demo-admin",
                  java.util.Set.of(org.sargas.server.security.Role.ADMIN),
                  java.time.Duration.ofHours(8),
                  java.time.Instant.now());
      System.out.println(
          "sargas demo: sign in as a local admin (8 h): " + node.baseUrl() + "/#token=" + token);
      System.out.flush();
    } catch (IOException e) {
      System.err.println("sargas demo: no sign-in link: " + e.getMessage());
    }
  }

  /**
   * Scenario second of the first violation of the ground truth in any watched zone (national
   * airspace, zone file, airport protection zone), 0 if none.
   */
  private static double firstCrossingS(Scenario scenario) {
    var borders = org.sargas.airspace.borders.CountryBorders.easternFlank();
    var run = new org.sargas.server.pipeline.ScenarioRun(borders);
    var sim = new org.sargas.sim.Simulator().run(scenario);
    var zones = run.watchedZones(scenario, run.airportZones(scenario));
    return run.truthViolations(scenario, sim.truth(), zones).stream()
        .map(v -> java.time.Duration.between(scenario.start(), v.entryTime()).toMillis() / 1000.0)
        .min(Double::compare)
        .orElse(0.0);
  }

  /**
   * Prints each alert once, as it is committed to the store (the operator's console view of the
   * demo; the map shows the same through the WebSocket).
   */
  private static void printAlerts(org.sargas.server.serve.ServeNode node) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        var alerts = new java.util.ArrayList<>(node.store().alerts(java.time.Instant.EPOCH, 500));
        alerts.sort(java.util.Comparator.comparing(a -> a.alert().time()));
        for (var stored : alerts) {
          var a = stored.alert();
          if (seen.add(a.alertId())) {
            System.out.printf(
                java.util.Locale.ROOT,
                "ALERT %s %-8s %-16s %s%n",
                a.time(),
                a.severity(),
                a.kind(),
                a.message());
          }
        }
        System.out.flush();
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.err.println("sargas demo: cannot read alerts: " + e.getMessage());
        try {
          Thread.sleep(5000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }
}
