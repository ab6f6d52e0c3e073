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
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.Warning;
import org.sargas.model.track.Track;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.json.ResponseJson;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.pipeline.IncidentJson;
import org.sargas.server.pipeline.LastKnownState;
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
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the built-in scenarios.")
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

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "A built-in scenario (see `sargas scenario list`) or a scenario file.")
    String name;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Also write observations, truth, tracks and incidents here.")
    Path outDir;

    @Option(names = "--seed", description = "Override the scenario's random seed.")
    Long seed;

    @Option(
        names = "--sectors",
        paramLabel = "COLUMNSxROWS",
        defaultValue = "1x1",
        description =
            "Track in a grid of geographic sectors with a 20 km halo, e.g. 2x2 (default"
                + " ${DEFAULT-VALUE}: one sector; docs/decisions/1201).")
    String sectors;

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
            "unknown scenario '"
                + name
                + "'; built-in: "
                + String.join(", ", ScenarioCatalog.BUILT_IN));
      }
      Scenario scenario = found.get();
      if (seed != null) {
        scenario = scenario.withSeed(seed);
      }
      ScenarioResult result;
      try {
        result =
            new ScenarioRun(CountryBorders.easternFlank())
                .withSectors(sectorSettings(spec, sectors))
                .run(scenario);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("sargas scenario run: " + e.getMessage());
        return SargasCli.EXIT_ENVIRONMENT;
      }
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
  }

  /** Output formats. */
  enum OutputFormat {
    text,
    json
  }

  /**
   * The JSON document of a run: {@code violations}, {@code truthViolations}, {@code alerts} (runway
   * suspensions from the tracks), {@code truthAlerts}, {@code warnings} (early warnings), {@code
   * lastKnown} (last measured state of each track that had a violation) and a summary.
   */
  public static String json(ScenarioResult r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenario", r.scenario().name());
    doc.put("title", r.scenario().title());
    doc.put("seed", r.scenario().seed());
    doc.put("violations", maps(r.violations()));
    doc.put("truthViolations", maps(r.truthViolations()));
    doc.put("crossings", maps(r.crossings()));
    doc.put("alerts", r.alerts().stream().map(IncidentJson::toMap).toList());
    doc.put("truthAlerts", r.truthAlerts().stream().map(IncidentJson::toMap).toList());
    doc.put("warnings", r.warnings().stream().map(IncidentJson::toMap).toList());
    doc.put("lastKnown", r.lastKnown().stream().map(IncidentJson::toMap).toList());
    doc.put(
        "interceptRecommendations",
        r.response().intercepts().stream().map(ResponseJson::intercept).toList());
    doc.put(
        "effectorPlan",
        r.response().effectorPlan() == null
            ? null
            : ResponseJson.effectorPlan(r.response().effectorPlan()));
    doc.put(
        "searchAreas", r.response().searchAreas().stream().map(ResponseJson::searchArea).toList());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("observations", r.simulation().observations().size());
    summary.put(
        "clutterObservations",
        r.simulation().observations().stream().filter(o -> o.clutter()).count());
    summary.put("trackUpdates", r.trackUpdates().size());
    summary.put("tracks", r.trackUpdates().stream().map(t -> t.trackId()).distinct().count());
    summary.put("warnings", r.warnings().size());
    summary.put("alerts", r.alerts().size());
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

  public static void printText(PrintWriter out, ScenarioResult r) {
    out.printf(Locale.ROOT, "%s — %s%n", r.scenario().name(), r.scenario().title());
    out.printf(
        Locale.ROOT,
        "%d observations, %d tracks, pipeline %.2f s%n%n",
        r.simulation().observations().size(),
        r.trackUpdates().stream().map(t -> t.trackId()).distinct().count(),
        r.elapsedS());
    table(out, "Violations measured from the tracks", r.violations());
    out.println();
    table(out, "The same measured on the ground truth", r.truthViolations());
    if (!r.crossings().isEmpty()) {
      out.println();
      table(
          out,
          "Crossings of cleared traffic (flight plan, clearance): not violations",
          r.crossings());
    }
    if (!r.scenario().airports().isEmpty()) {
      out.println();
      alerts(
          out,
          "Runway-suspension alerts from the tracks",
          r.alerts().stream()
              .filter(a -> a.kind() == org.sargas.model.airspace.AlertKind.RUNWAY_SUSPENSION)
              .toList());
      out.println();
      alerts(out, "The same from the ground truth", r.truthAlerts());
    }
    out.println();
    warnings(out, r.warnings());
    out.println();
    lastKnown(out, r.lastKnown());
  }

  private static void alerts(PrintWriter out, String title, List<Alert> alerts) {
    heading(out, title, alerts.isEmpty());
    for (Alert a : alerts) {
      out.printf(Locale.ROOT, "  %-24s %-8s %s%n", utc(a.time()), a.severity(), a.message());
    }
  }

  /** The first early warning of each track and zone (all of them are in the JSON). */
  private static void warnings(PrintWriter out, List<Warning> warnings) {
    Map<String, Warning> first = new LinkedHashMap<>();
    warnings.forEach(w -> first.putIfAbsent(w.trackId() + "/" + w.zoneId(), w));
    out.printf(
        Locale.ROOT,
        "Early warnings (first per track and zone; %d issued in all):%n",
        warnings.size());
    if (first.isEmpty()) {
      out.println("  none");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %-9s %-6s %-24s %-24s %7s %s%n",
        "track",
        "zone",
        "issued (UTC)",
        "predicted entry (UTC)",
        "lead s",
        "prediction");
    for (Warning w : first.values()) {
      out.printf(
          Locale.ROOT,
          "  %-9s %-6s %-24s %-24s %7.0f %s%n",
          w.trackId(),
          w.zoneId(),
          utc(w.issuedAt()),
          utc(w.predictedEntryTime()),
          w.leadTimeS(),
          w.prediction());
    }
  }

  private static void lastKnown(PrintWriter out, List<LastKnownState> states) {
    if (!heading(out, "Last known state of each track with a violation", states.isEmpty())) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %-9s %-24s %11s %11s %7s %7s %6s %-20s %s%n",
        "track",
        "time (UTC)",
        "lat",
        "lon",
        "sigma m",
        "speed",
        "course",
        "class",
        "fate");
    for (LastKnownState s : states) {
      Track t = s.lastUpdate();
      out.printf(
          Locale.ROOT,
          "  %-9s %-24s %11.6f %11.6f %7.0f %7.1f %6.0f %-20s %s%n",
          s.trackId(),
          utc(t.time()),
          t.position().latDeg(),
          t.position().lonDeg(),
          t.sigmaMajorM(),
          t.groundSpeedMps(),
          t.courseDeg(),
          t.classification().targetClass(),
          s.lost() ? "lost at " + s.droppedAt() : "held at end");
    }
  }

  /** Prints a section title, and "none" under it when it is empty; returns whether it has rows. */
  private static boolean heading(PrintWriter out, String title, boolean empty) {
    out.println(title + ":");
    if (empty) {
      out.println("  none");
    }
    return !empty;
  }

  private static void table(PrintWriter out, String title, List<Violation> vs) {
    if (!heading(out, title, vs.isEmpty())) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %-9s %-4s %-24s %-24s %8s %9s %-6s %-6s %-9s %-8s%n",
        "track",
        "zone",
        "entry (UTC)",
        "exit (UTC)",
        "dur s",
        "depth m",
        "from",
        "to",
        "status",
        "identity");
    for (Violation v : vs) {
      out.printf(
          Locale.ROOT,
          "  %-9s %-4s %-24s %-24s %8.1f %9.0f %-6s %-6s %-9s %-8s%n",
          v.trackId(),
          v.zoneId(),
          utc(v.entryTime()),
          v.exitTime() == null ? "(inside)" : utc(v.exitTime()),
          v.durationS(),
          v.maxDepthM(),
          dash(v.originCountry()),
          dash(v.exitCountry()),
          v.status(),
          v.identity().standardIdentity() == org.sargas.model.track.StandardIdentity.PENDING
              ? "-"
              : v.identity().standardIdentity());
    }
  }

  /**
   * A time as the tables print it: UTC, to the hundredth of a second (the JSON keeps full
   * precision).
   */
  static String utc(java.time.Instant t) {
    return t == null ? "-" : CENTISECONDS.format(t);
  }

  private static final java.time.format.DateTimeFormatter CENTISECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SS'Z'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC);

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** {@code COLUMNSxROWS} as sector settings with the default halo. */
  public static SectorSettings sectorSettings(CommandLine.Model.CommandSpec spec, String text) {
    String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x", -1);
    try {
      if (parts.length == 2) {
        return new SectorSettings(
            Integer.parseInt(parts[0].trim()),
            Integer.parseInt(parts[1].trim()),
            SectorSettings.DEFAULT_HALO_M);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--sectors " + text + ": " + e.getMessage());
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "--sectors " + text + ": expected COLUMNSxROWS, e.g. 2x2");
  }
}
