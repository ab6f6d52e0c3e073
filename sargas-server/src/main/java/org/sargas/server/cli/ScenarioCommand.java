package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.server.pipeline.ScenarioWriter;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sargas scenario list|run}: the built-in scenarios, run headless. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the built-in scenarios or run one headless through the whole pipeline.",
    subcommands = {ScenarioCommand.ListCommand.class, ScenarioCommand.RunCommand.class})
public final class ScenarioCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a sub-command: list or run");
  }

  /** {@code sargas scenario list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
  static final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Scenario s : new ScenarioCatalog().builtIn()) {
        out.printf(Locale.ROOT, "%-26s %s%n", s.name(), s.title());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code sargas scenario run NAME}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Run a scenario headless, as fast as the machine allows: simulate the sensors, track, watch"
            + " the airspace, and print the violations measured from the tracks and, for comparison,"
            + " from the ground truth.",
        "Exit code 0 on success, 2 for an unknown scenario, 3 if it cannot be read."
      })
  static final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "A built-in scenario (see `sargas scenario list`) or a scenario file.")
    String name;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write observations, truth, tracks and incidents here.")
    Path outDir;

    @Option(names = "--seed", description = "Override the scenario's random seed.")
    Long seed;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<Scenario> found;
      try {
        found = new ScenarioCatalog().find(name);
      } catch (ScenarioFormatException | UncheckedIOException e) {
        err.println("sargas scenario run: " + e.getMessage());
        return SargasCli.EXIT_ENVIRONMENT;
      }
      if (found.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown scenario '" + name + "'; built-in: " + String.join(", ", ScenarioCatalog.BUILT_IN));
      }
      Scenario scenario = found.get();
      if (seed != null) {
        scenario = withSeed(scenario, seed);
      }
      ScenarioResult result = new ScenarioRun(CountryBorders.easternFlank()).run(scenario);
      if (outDir != null) {
        try {
          new ScenarioWriter().write(result, outDir);
        } catch (IOException e) {
          err.println("sargas scenario run: cannot write " + outDir + ": " + e.getMessage());
          return SargasCli.EXIT_ENVIRONMENT;
        }
      }
      if (format == OutputFormat.json) {
        out.println(json(result));
      } else {
        printText(out, result);
      }
      out.flush();
      return 0;
    }

    private static Scenario withSeed(Scenario s, long seed) {
      return new Scenario(
          s.name(), s.title(), s.description(), s.reported(), s.assumed(), s.start(), s.durationS(),
          seed, s.region(), s.sensors(), s.targets());
    }
  }

  /** Output formats. */
  enum OutputFormat {
    text,
    json
  }

  /** The JSON document of a run: {@code violations}, {@code truthViolations} and a summary. */
  static String json(ScenarioResult r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenario", r.scenario().name());
    doc.put("title", r.scenario().title());
    doc.put("seed", r.scenario().seed());
    doc.put("violations", maps(r.violations()));
    doc.put("truthViolations", maps(r.truthViolations()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("observations", r.simulation().observations().size());
    summary.put("clutterObservations", r.simulation().observations().stream().filter(o -> o.clutter()).count());
    summary.put("trackUpdates", r.trackUpdates().size());
    summary.put("tracks", r.trackUpdates().stream().map(t -> t.trackId()).distinct().count());
    summary.put("elapsedS", Math.round(r.elapsedS() * 1000) / 1000.0);
    doc.put("summary", summary);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("reported", r.scenario().reported());
    provenance.put("assumed", r.scenario().assumed());
    doc.put("provenance", provenance);
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> maps(List<Violation> vs) {
    List<Map<String, Object>> list = new ArrayList<>();
    vs.forEach(v -> list.add(ViolationJson.toMap(v)));
    return list;
  }

  static void printText(PrintWriter out, ScenarioResult r) {
    out.printf(Locale.ROOT, "%s — %s%n", r.scenario().name(), r.scenario().title());
    out.printf(
        Locale.ROOT, "%d observations, %d tracks, pipeline %.2f s%n%n",
        r.simulation().observations().size(),
        r.trackUpdates().stream().map(t -> t.trackId()).distinct().count(), r.elapsedS());
    table(out, "Violations measured from the tracks", r.violations());
    out.println();
    table(out, "The same measured on the ground truth", r.truthViolations());
  }

  private static void table(PrintWriter out, String title, List<Violation> vs) {
    out.println(title + ":");
    if (vs.isEmpty()) {
      out.println("  none");
      return;
    }
    out.printf(
        Locale.ROOT, "  %-9s %-4s %-24s %-24s %8s %9s %-6s %-6s %-9s%n",
        "track", "zone", "entry (UTC)", "exit (UTC)", "dur s", "depth m", "from", "to", "status");
    for (Violation v : vs) {
      out.printf(
          Locale.ROOT, "  %-9s %-4s %-24s %-24s %8.1f %9.0f %-6s %-6s %-9s%n",
          v.trackId(), v.zoneId(), v.entryTime(), v.exitTime() == null ? "(inside)" : v.exitTime(),
          v.durationS(), v.maxDepthM(), dash(v.originCountry()), dash(v.exitCountry()),
          v.status());
    }
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
