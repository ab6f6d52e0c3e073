package org.sargas.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sargas.server.federation.FederationDemo;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sargas federation}: federation between nodes (docs/sharing.md). */
@Command(
    name = "federation",
    mixinStandardHelpOptions = true,
    description = "Federation between Sargas nodes.",
    subcommands = {FederationCommand.Demo.class})
public final class FederationCommand implements Runnable {
  @Override
  public void run() {
    System.err.println("sargas federation: a sub-command is required (demo)");
  }

  /** {@code sargas federation demo}. */
  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = {
        "Two nodes in one process track a scenario with their own sensors and exchange labelled",
        "tracks over mutual-TLS links; prints per link what was offered, sent, received, withheld",
        "and leaked (objects that reached a partner outside their releasable-to list)."
      })
  static final class Demo implements Callable<Integer> {
    @Option(
        names = "--scenario",
        defaultValue = "poland-2025-09-10",
        description = "Scenario (default ${DEFAULT-VALUE}).")
    String scenarioName;

    @Option(
        names = "--nations",
        defaultValue = "POL,LTU",
        split = ",",
        description = "The two nodes' nations; the first owns the first half of the sensors.")
    List<String> nations;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--keys", paramLabel = "DIR", description = "Where to put the demo keys.")
    Path keys;

    @Override
    public Integer call() throws Exception {
      Scenario scenario = new ScenarioCatalog().find(scenarioName).orElse(null);
      if (scenario == null || nations.size() != 2) {
        System.err.println("sargas federation demo: unknown scenario or not two nations");
        return 2;
      }
      List<FederationDemo.LinkReport> links =
          FederationDemo.run(
              scenario, nations, keys != null ? keys : FederationDemo.keyDirectory());
      if ("json".equals(format)) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario.name());
        out.put("links", links);
        System.out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
      } else {
        for (FederationDemo.LinkReport l : links) {
          System.out.printf(
              Locale.ROOT,
              "%s -> %s: offered %d, sent %d, received %d, withheld %d (releasability) %d (filter),"
                  + " dropped %d, leaked %d, global ids %d%n",
              l.from(),
              l.to(),
              l.offered(),
              l.sent(),
              l.received(),
              l.withheldByReleasability(),
              l.withheldByFilter(),
              l.dropped(),
              l.leaked(),
              l.globalIds());
        }
      }
      return links.stream().allMatch(l -> l.leaked() == 0) ? 0 : SargasCli.EXIT_FAILURES;
    }
  }
}
