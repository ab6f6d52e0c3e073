package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.airspace.csv.TrackCsv;
import org.sargas.airspace.csv.TrackCsvReader;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.zone.OpenAirReader;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.airspace.zone.ZoneFileReader;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.server.json.ViolationJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas monitor}: measures the violations of national airspace and zones by the tracks in a
 * CSV file. Positions between samples are interpolated along the geodesic; every time inside a
 * protected zone counts (also for tracks that start inside). Output: a table or one JSON document
 * with a {@code violations} array. Exit codes: 0 ok, 1 some input lines were unusable (reported on
 * stderr, the rest was processed), 2 usage, 3 a file could not be read.
 */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure violations of national airspace and protected zones by tracks from a CSV file.",
      "TRACKS.csv columns: time_s,track_id,lat_deg,lon_deg[,alt_m][,sigma_m] (time_s = seconds"
          + " since the Unix epoch, UTC, fractions allowed; degrees; metres)."
    })
public final class MonitorCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--tracks",
      required = true,
      paramLabel = "TRACKS.csv",
      description = "Track positions (CSV).")
  Path tracks;

  @Option(
      names = "--country",
      split = ",",
      paramLabel = "ISO3",
      description = "National airspace(s) to protect, ISO 3166-1 alpha-3 (e.g. LTU); repeatable.")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--zones",
      paramLabel = "FILE",
      description =
          "More protected zones: GeoJSON (see docs/airspace.md) or OpenAir text (classes P, R, Q).")
  Path zonesFile;

  @Option(
      names = "--borders",
      paramLabel = "FILE.geojson",
      description =
          "Country borders to use instead of the built-in eastern-flank OpenStreetMap borders (one feature per country, ISO alpha-3 in property A3).")
  Path bordersFile;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--confirm-probability",
      defaultValue = "0.95",
      description =
          "Probability at or above which a violation is CONFIRMED (default ${DEFAULT-VALUE}).")
  double confirmProbability;

  @Option(
      names = "--close-after-s",
      defaultValue = "10",
      description =
          "Hysteresis: a re-entry within this many seconds after an exit continues the violation (default ${DEFAULT-VALUE}).")
  double closeAfterS;

  @Option(
      names = "--close-beyond-m",
      defaultValue = "200",
      description =
          "Hysteresis: ... unless the track is already this far outside, metres (default ${DEFAULT-VALUE}).")
  double closeBeyondM;

  private int zoneFailuresCount;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (countries.isEmpty() && zonesFile == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give at least one --country or a --zones file");
    }
    if (!(confirmProbability > 0 && confirmProbability <= 1)
        || closeAfterS < 0
        || closeBeyondM < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--confirm-probability must be in (0, 1], --close-after-s and --close-beyond-m >= 0");
    }
    CountryBorders borders;
    List<ZoneArea> zones = new ArrayList<>();
    TrackCsv csv;
    try {
      borders =
          bordersFile == null
              ? CountryBorders.easternFlank()
              : CountryBorders.fromGeoJson(bordersFile.toString(), read(bordersFile), "A3");
      for (String c : countries) {
        String code = c.trim().toUpperCase(Locale.ROOT);
        if (borders.territory(code) == null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "no borders for country '"
                  + code
                  + "'; available: "
                  + String.join(" ", borders.codes()));
        }
        zones.add(borders.nationalAirspace(code));
      }
      if (zonesFile != null) {
        String text = read(zonesFile);
        if (text.stripLeading().startsWith("{")) {
          zones.addAll(new ZoneFileReader().read(zonesFile.toString(), text));
        } else {
          List<InputFailure> zoneFailures = new ArrayList<>();
          zones.addAll(
              new OpenAirReader().read(zonesFile.toString(), new StringReader(text), zoneFailures));
          for (InputFailure f : zoneFailures) {
            err.println("sargas monitor: zone skipped: " + f);
          }
          zoneFailuresCount = zoneFailures.size();
        }
      }
      try (Reader r = Files.newBufferedReader(tracks, StandardCharsets.UTF_8)) {
        csv = new TrackCsvReader().read(tracks.toString(), r);
      }
    } catch (NoSuchFileException e) {
      err.println("sargas monitor: file not found: " + e.getFile());
      return SargasCli.EXIT_ENVIRONMENT;
    } catch (IOException e) {
      err.println("sargas monitor: cannot read: " + e.getMessage());
      return SargasCli.EXIT_ENVIRONMENT;
    } catch (GeoDataException e) {
      err.println("sargas monitor: " + e.getMessage());
      return SargasCli.EXIT_ENVIRONMENT;
    } catch (IllegalArgumentException e) {
      err.println("sargas monitor: " + e.getMessage());
      return SargasCli.EXIT_FAILURES;
    }
    for (InputFailure f : csv.failures()) {
      err.println("sargas monitor: skipped " + f);
    }

    MonitorSettings settings =
        MonitorSettings.defaults()
            .withPathModel(PathModel.GEODESIC)
            .withReportUnconfirmedTracks(true)
            .withFirstSightKinds(EnumSet.allOf(ZoneKind.class))
            .withConfirmProbability(confirmProbability)
            .withHysteresis(closeAfterS, closeBeyondM);
    AirspaceMonitor monitor = new AirspaceMonitor(borders, zones, settings);
    List<Violation> violations = new ArrayList<>();
    List<Track> updates = csv.updates();
    int i = 0;
    while (i < updates.size()) {
      Instant t = updates.get(i).time();
      int j = i;
      while (j < updates.size() && updates.get(j).time().equals(t)) {
        j++;
      }
      collect(monitor.evaluate(new TrackBatch(t, updates.subList(i, j))), violations);
      i = j;
    }
    collect(monitor.flush(), violations);
    violations.sort(
        Comparator.comparing(Violation::entryTime)
            .thenComparing(Violation::trackId)
            .thenComparing(Violation::zoneId));

    if (format == Format.json) {
      writeJson(out, violations, csv);
    } else {
      writeText(out, violations, csv);
    }
    out.flush();
    return csv.failures().isEmpty() && zoneFailuresCount == 0 ? 0 : SargasCli.EXIT_FAILURES;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static void collect(List<ViolationEvent> events, List<Violation> into) {
    for (ViolationEvent e : events) {
      if (e.kind() == ViolationEventKind.CLOSED) {
        into.add(e.violation());
      }
    }
  }

  private static void writeJson(PrintWriter out, List<Violation> violations, TrackCsv csv) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Violation v : violations) {
      list.add(ViolationJson.toMap(v));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("violations", list);
    doc.put("tracksRead", csv.updates().size());
    doc.put("linesSkipped", csv.failures().size());
    try {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
              .writeValueAsString(doc));
    } catch (IOException e) {
      throw new IllegalStateException("JSON output failed", e);
    }
  }

  private static void writeText(PrintWriter out, List<Violation> violations, TrackCsv csv) {
    out.printf(
        Locale.ROOT,
        "%d violation(s) from %d positions%s%n",
        violations.size(),
        csv.updates().size(),
        csv.failures().isEmpty() ? "" : " (" + csv.failures().size() + " lines skipped)");
    for (Violation v : violations) {
      out.printf(
          Locale.ROOT,
          "%s in %s (%s): %s from %s -> %s to %s, %.1f s, max depth %.0f m [95%%: %.0f..%.0f] at %s"
              + " %s, origin %s, exit %s, p=%.3f %s%n",
          v.trackId(),
          v.zoneId(),
          v.zoneKind(),
          v.entryTime(),
          point(v.entryPoint()),
          v.exitTime(),
          point(v.exitPoint()),
          v.durationS(),
          v.maxDepthM(),
          v.maxDepthLow95M(),
          v.maxDepthHigh95M(),
          v.maxDepthTime(),
          point(v.maxDepthPoint()),
          v.originCountry() == null ? "-" : v.originCountry(),
          v.exitCountry() == null ? "-" : v.exitCountry(),
          v.probability(),
          v.status());
    }
  }

  private static String point(GeoPoint p) {
    return String.format(Locale.ROOT, "%.6f,%.6f", p.latDeg(), p.lonDeg());
  }
}
