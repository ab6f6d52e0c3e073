package org.sargas.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.server.report.IncidentFiles;
import org.sargas.server.report.ReportFormat;
import org.sargas.store.DataDirectory;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.StoredViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sargas report INCIDENT --format html|geojson|kml}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Incident report: HTML (SVG map of the border, track with uncertainty, entry/exit/max-depth",
      "points, timeline, facts), GeoJSON or KML. Written to stdout or --out."
    })
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INCIDENT", description = "Violation id.")
  String incident;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "html|geojson|kml (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default stdout).")
  Path out;

  @Mixin DataOptions data;

  @Override
  public Integer call() throws IOException {
    ReportFormat f = ReportFormat.parse(format);
    if (f == null) {
      System.err.println("sargas report: --format must be html, geojson or kml");
      return 2;
    }
    Path dir = data.dataDir();
    try (IncidentStore store = data.openStore()) {
      Optional<StoredViolation> v = store.violation(incident);
      if (v.isEmpty()) {
        System.err.println("sargas report: no incident " + incident + " in " + dir);
        return SargasCli.EXIT_FAILURES;
      }
      String text =
          new IncidentFiles(store, new DataDirectory(dir), CountryBorders.easternFlank())
              .report(v.get().violation(), f);
      if (out == null) {
        System.out.print(text);
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }
}
