package org.sargas.server.plans;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.fpl.FlightPlanReader;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.plan.FlightPlan;
import org.sargas.pipeline.identity.FlightPlanBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's flight-plan files (ICAO FPL messages or plan CSVs). {@link #loadIfChanged} re-reads
 * them when a file's modification time or size changed; a plan that cannot be read is logged with
 * file, line and reason and counted, the others are kept; a file that cannot be read at all keeps
 * its previous plans.
 */
public final class FlightPlanFiles {
  private static final Logger LOG = LoggerFactory.getLogger(FlightPlanFiles.class);

  private final List<Path> files;
  private final Function<String, GeoPoint> aerodromes;
  private final Map<Path, String> stamps = new HashMap<>();
  private final Map<Path, List<FlightPlan>> byFile = new HashMap<>();
  private long failures;
  private long loads;

  public FlightPlanFiles(List<Path> files, Function<String, GeoPoint> aerodromes) {
    this.files = List.copyOf(files);
    this.aerodromes = aerodromes;
  }

  /** The plans of every file, re-read if one changed since the last call; null if none did. */
  public synchronized FlightPlanBook loadIfChanged() {
    boolean changed = false;
    for (Path f : files) {
      String stamp = stamp(f);
      if (!Objects.equals(stamp, stamps.get(f))) {
        stamps.put(f, stamp);
        changed = true;
        read(f);
      }
    }
    if (!changed && loads > 0) {
      return null;
    }
    loads++;
    List<FlightPlan> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(byFile.getOrDefault(f, List.of()));
    }
    return new FlightPlanBook(all);
  }

  private void read(Path f) {
    try {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      LocalDate date =
          LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneOffset.UTC);
      FlightPlanReader.Result r = FlightPlanReader.read(f.toString(), text, date, aerodromes);
      for (DecodeFailure e : r.failures()) {
        failures++;
        LOG.warn("flight plan rejected: {}", e);
      }
      byFile.put(f, r.plans());
      LOG.info("flight plans: {} from {} ({} rejected)", r.plans().size(), f, r.failures().size());
    } catch (IOException e) {
      failures++;
      LOG.warn("flight plans: cannot read {} ({}); keeping its previous plans", f, e.toString());
    }
  }

  private static String stamp(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis() + "/" + Files.size(f);
    } catch (IOException e) {
      return "missing";
    }
  }

  /** Plans and files rejected so far. */
  public synchronized long failures() {
    return failures;
  }
}
