package org.sargas.server.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.airport.RunwayCsvReader;
import org.sargas.airspace.airport.RunwayZoneDimensions;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.airspace.zone.ZoneFileReader;
import org.sargas.model.geo.GeoPoint;
import org.sargas.pipeline.AirportWatch;
import org.sargas.server.config.AirportConfig;
import org.sargas.server.config.RegionConfig;
import org.sargas.server.config.RunwayConfig;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioAirport;
import org.sargas.sim.scenario.ScenarioRunway;

/**
 * The zones a node or a scenario run watches, built from one {@link RegionConfig}: the national
 * airspace (land + 12 NM) of each protected country, the zones of the zone files and the drone
 * protection zones of the airports, with each airport's runway-suspension rule. A scenario's region
 * is turned into the same configuration ({@link #regionOf(Scenario)}), so {@code scenario run} and
 * {@code serve}/{@code demo} watch the very same zones. Immutable.
 *
 * @param zones every watched zone, national airspaces first, airports last
 * @param airports the airports with their clear times (their zones are also in {@code zones})
 */
public record WatchedAirspace(List<ZoneArea> zones, List<AirportWatch> airports) {
  private static final double FT_M = 0.3048;
  private static final String SCENARIO_RESOURCE_DIR = "/org/sargas/sim/scenarios/";

  public WatchedAirspace {
    zones = List.copyOf(zones);
    airports = List.copyOf(airports);
  }

  /**
   * Builds the zones of a region.
   *
   * @throws IllegalArgumentException naming the country, file or airport that cannot be built
   */
  public static WatchedAirspace of(RegionConfig region, CountryBorders borders) {
    List<ZoneArea> zones = new ArrayList<>();
    for (String c : region.protectedCountries()) {
      if (borders.territory(c) == null) {
        throw new IllegalArgumentException("no borders for protected country " + c);
      }
      zones.add(borders.nationalAirspace(c));
    }
    for (String file : region.zoneFiles()) {
      try {
        zones.addAll(new ZoneFileReader().read(file, readZoneFile(file)));
      } catch (GeoDataException e) {
        throw new IllegalArgumentException("zone file " + file + ": " + e.getMessage(), e);
      }
    }
    List<AirportWatch> airports = new ArrayList<>();
    for (AirportConfig a : region.airports()) {
      AirportZone zone = airportZone(a);
      zones.add(zone.zone());
      airports.add(new AirportWatch(zone, a.clearForS()));
    }
    return new WatchedAirspace(zones, airports);
  }

  /** The airports' zones alone. */
  public List<AirportZone> airportZones() {
    return airports.stream().map(AirportWatch::airport).toList();
  }

  /**
   * An airport's drone protection zone from its runway thresholds, with its dimensions ({@link
   * RunwayZoneDimensions#defaults()} where not given).
   */
  public static AirportZone airportZone(AirportConfig a) {
    RunwayZoneDimensions d = RunwayZoneDimensions.defaults();
    RunwayZoneDimensions dims =
        new RunwayZoneDimensions(
            a.halfWidthM() == null ? d.halfWidthM() : a.halfWidthM(),
            a.extensionM() == null ? d.extensionM() : a.extensionM(),
            a.ceilingAboveRunwayM() == null ? d.ceilingAboveRunwayM() : a.ceilingAboveRunwayM());
    Map<String, GeoPoint[]> thresholds = new LinkedHashMap<>();
    for (RunwayConfig r : a.runways()) {
      thresholds.put(
          r.designator(),
          new GeoPoint[] {
            new GeoPoint(r.leLatDeg(), r.leLonDeg(), feetToM(r.leElevationFt())),
            new GeoPoint(r.heLatDeg(), r.heLonDeg(), feetToM(r.heElevationFt()))
          });
    }
    return new RunwayCsvReader(dims).airport(a.ident(), thresholds);
  }

  /** A scenario's region as a node would be configured to watch it. */
  public static RegionConfig regionOf(Scenario scenario) {
    String file = scenario.region().zonesResource();
    List<AirportConfig> airports = new ArrayList<>();
    for (ScenarioAirport a : scenario.airports()) {
      List<RunwayConfig> runways = new ArrayList<>();
      for (ScenarioRunway r : a.runways()) {
        runways.add(
            new RunwayConfig(
                r.designator(),
                r.leLatDeg(),
                r.leLonDeg(),
                nanToNull(r.leElevationFt()),
                r.heLatDeg(),
                r.heLonDeg(),
                nanToNull(r.heElevationFt())));
      }
      airports.add(
          new AirportConfig(
              a.ident(),
              nanToNull(a.halfWidthM()),
              nanToNull(a.extensionM()),
              nanToNull(a.ceilingAboveRunwayM()),
              a.clearForS(),
              runways));
    }
    return new RegionConfig(
        scenario.region().originLatDeg(),
        scenario.region().originLonDeg(),
        scenario.region().protectedCountries(),
        file == null || file.isBlank() ? List.of() : List.of(file),
        airports);
  }

  private static Double nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static double feetToM(Double ft) {
    return ft == null ? Double.NaN : ft * FT_M;
  }

  /** A zone file: a resource beside the built-in scenarios, a classpath resource, or a file. */
  private static String readZoneFile(String name) {
    for (String resource : new String[] {SCENARIO_RESOURCE_DIR + name, "/" + name}) {
      try (InputStream in = WatchedAirspace.class.getResourceAsStream(resource)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path p = Path.of(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("zone file " + name + " is neither a resource nor a file");
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
