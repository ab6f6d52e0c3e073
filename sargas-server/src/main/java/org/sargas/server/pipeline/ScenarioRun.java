package org.sargas.server.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.airport.RunwayCsvReader;
import org.sargas.airspace.airport.RunwaySuspension;
import org.sargas.airspace.airport.RunwayZoneDimensions;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.warning.EarlyWarning;
import org.sargas.airspace.warning.WarningSettings;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.airspace.zone.ZoneFileReader;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.Classification;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioAirport;
import org.sargas.sim.scenario.ScenarioRunway;
import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.TruthSample;
import org.sargas.track.TrackerConfig;

/**
 * Runs a scenario headless, as fast as the machine allows: simulate, track, monitor — and measure
 * the same violations on the ground truth so the two can be compared. The watched zones are the
 * national airspace of the scenario's protected countries, the zones of its zone file and the
 * drone protection zones of its airports; early warnings are predicted for all of them and the
 * runway-suspension policy runs on the airports' violations, from the tracks and from the truth.
 */
public final class ScenarioRun {
  /** Observations are fed to the tracker in slices of this much event time. */
  public static final double SCAN_SLICE_S = 1.0;

  private static final String SCENARIO_RESOURCE_DIR = "/org/sargas/sim/scenarios/";
  private static final double FT_M = 0.3048;

  private final CountryBorders borders;
  private final TrackerConfig trackerConfig;

  /** A run with the tracker's default configuration. */
  public ScenarioRun(CountryBorders borders) {
    this(borders, TrackerConfig.defaults());
  }

  public ScenarioRun(CountryBorders borders, TrackerConfig trackerConfig) {
    this.borders = borders;
    this.trackerConfig = trackerConfig;
  }

  /** Runs the scenario with its own seed. */
  public ScenarioResult run(Scenario scenario) {
    return run(scenario, new Simulator().run(scenario), new ArrayList<>());
  }

  /**
   * Runs the pipeline over a simulation; every scan's result is also handed to {@code listener}.
   */
  public ScenarioResult run(Scenario scenario, SimulationResult sim, List<ScanListener> listeners) {
    long t0 = System.nanoTime();
    List<AirportZone> airports = airportZones(scenario);
    List<ZoneArea> zones = watchedZones(scenario, airports);
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    sim.sensors().forEach(s -> sensors.put(s.id(), s));
    LocalTangentPlane region =
        new LocalTangentPlane(
            GeoPoint.of(scenario.region().originLatDeg(), scenario.region().originLonDeg()));
    AirPicturePipeline pipeline =
        new AirPicturePipeline(region, sensors, borders, zones, trackerConfig);
    EarlyWarning earlyWarning = new EarlyWarning(zones, WarningSettings.defaults());
    List<RunwaySuspension> suspensions = suspensions(scenario, airports);

    Map<String, Violation> violations = new LinkedHashMap<>();
    List<Track> trackUpdates = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    List<SimulatedObservation> obs = sim.observations();
    int i = 0;
    Instant scanTime;
    for (double sliceEnd = SCAN_SLICE_S; ; sliceEnd += SCAN_SLICE_S) {
      scanTime = scenario.timeAt(sliceEnd);
      List<Observation> slice = new ArrayList<>();
      while (i < obs.size() && obs.get(i).observation().time().isBefore(scanTime)) {
        slice.add(obs.get(i++).observation());
      }
      AirPicturePipeline.ScanResult r = pipeline.process(scanTime, slice);
      trackUpdates.addAll(r.tracks().tracks());
      collect(r.violationEvents(), violations);
      warnings.addAll(earlyWarning.evaluate(r.tracks()));
      for (RunwaySuspension s : suspensions) {
        alerts.addAll(s.evaluate(scanTime, r.violationEvents()));
      }
      for (ScanListener l : listeners) {
        l.onScan(scanTime, slice, r);
      }
      if (sliceEnd >= scenario.durationS()) {
        break;
      }
    }
    List<ViolationEvent> last = pipeline.flush();
    collect(last, violations);
    for (RunwaySuspension s : suspensions) {
      alerts.addAll(s.evaluate(scanTime, last));
    }
    for (ScanListener l : listeners) {
      l.onFlush(last);
    }
    List<Violation> measured = sorted(violations);
    TruthMeasurement truth = measureTruth(scenario, sim.truth(), zones, airports);
    double elapsedS = (System.nanoTime() - t0) / 1e9;
    return new ScenarioResult(
        scenario, sim, measured, truth.violations(), trackUpdates, elapsedS, alerts,
        truth.alerts(), warnings, lastKnown(trackUpdates, measured));
  }

  /** The violations measured on the ground-truth trajectories by the same monitor. */
  public List<Violation> truthViolations(Scenario scenario, List<TruthSample> truth, List<ZoneArea> zones) {
    return measureTruth(scenario, truth, zones, List.of()).violations();
  }

  /**
   * The ground truth through the same monitor and runway-suspension policy. Truth tracks carry
   * their target's true class (so drone-only zones apply to drones) and are confirmed from the
   * first sample.
   */
  private TruthMeasurement measureTruth(
      Scenario scenario, List<TruthSample> truth, List<ZoneArea> zones, List<AirportZone> airports) {
    AirspaceMonitor monitor =
        new AirspaceMonitor(borders, zones, MonitorSettings.defaults().withPathModel(PathModel.HERMITE));
    List<RunwaySuspension> suspensions = suspensions(scenario, airports);
    Map<String, Classification> classes = new HashMap<>();
    for (ScenarioTarget target : scenario.targets()) {
      classes.put(target.id(), new Classification(target.type(), 1.0, "ground truth"));
    }
    Map<String, Violation> out = new LinkedHashMap<>();
    List<Alert> alerts = new ArrayList<>();
    Instant t = scenario.start();
    int i = 0;
    while (i < truth.size()) {
      t = truth.get(i).time();
      List<Track> batch = new ArrayList<>();
      while (i < truth.size() && truth.get(i).time().equals(t)) {
        TruthSample s = truth.get(i++);
        batch.add(
            new Track(
                s.targetId(), s.time(), s.position(), s.velocityEastMps(), s.velocityNorthMps(),
                s.velocityUpMps(), 1.0, 1.0, 0.0, TrackState.CONFIRMED, Identity.NONE,
                classes.getOrDefault(s.targetId(), Classification.UNKNOWN), 1));
      }
      List<ViolationEvent> events = monitor.evaluate(new TrackBatch(t, batch));
      collect(events, out);
      for (RunwaySuspension s : suspensions) {
        alerts.addAll(s.evaluate(t, events));
      }
    }
    List<ViolationEvent> last = monitor.flush();
    collect(last, out);
    // Time runs on to the end of the scenario after the last target is gone.
    Instant end = scenario.timeAt(scenario.durationS());
    for (RunwaySuspension s : suspensions) {
      alerts.addAll(s.evaluate(t.isAfter(end) ? t : end, last));
    }
    return new TruthMeasurement(sorted(out), alerts);
  }

  private record TruthMeasurement(List<Violation> violations, List<Alert> alerts) {}

  /** The scenario's protected zones: national airspace of its protected countries. */
  public List<ZoneArea> protectedZones(Scenario scenario) {
    List<ZoneArea> zones = new ArrayList<>();
    for (String c : scenario.region().protectedCountries()) {
      if (borders.territory(c) == null) {
        throw new IllegalArgumentException(
            "scenario " + scenario.name() + ": no borders for protected country " + c);
      }
      zones.add(borders.nationalAirspace(c));
    }
    return zones;
  }

  /**
   * Every zone the run watches: {@link #protectedZones}, the zones of the scenario's zone file and
   * the given airports' drone protection zones.
   *
   * @throws IllegalArgumentException if the zone file cannot be found or read
   */
  public List<ZoneArea> watchedZones(Scenario scenario, List<AirportZone> airports) {
    List<ZoneArea> zones = protectedZones(scenario);
    String file = scenario.region().zonesResource();
    if (file != null && !file.isBlank()) {
      try {
        zones.addAll(new ZoneFileReader().read(file, readZoneFile(scenario, file)));
      } catch (GeoDataException e) {
        throw new IllegalArgumentException("scenario " + scenario.name() + ": " + e.getMessage(), e);
      }
    }
    airports.forEach(a -> zones.add(a.zone()));
    return zones;
  }

  /**
   * The drone protection zones of the scenario's airports, built from their runway thresholds
   * with their dimensions ({@link RunwayZoneDimensions#defaults()} where not given).
   */
  public List<AirportZone> airportZones(Scenario scenario) {
    List<AirportZone> out = new ArrayList<>();
    RunwayZoneDimensions d = RunwayZoneDimensions.defaults();
    for (ScenarioAirport a : scenario.airports()) {
      RunwayZoneDimensions dims =
          new RunwayZoneDimensions(
              Double.isNaN(a.halfWidthM()) ? d.halfWidthM() : a.halfWidthM(),
              Double.isNaN(a.extensionM()) ? d.extensionM() : a.extensionM(),
              Double.isNaN(a.ceilingAboveRunwayM()) ? d.ceilingAboveRunwayM() : a.ceilingAboveRunwayM());
      Map<String, GeoPoint[]> thresholds = new LinkedHashMap<>();
      for (ScenarioRunway r : a.runways()) {
        thresholds.put(
            r.designator(),
            new GeoPoint[] {
              new GeoPoint(r.leLatDeg(), r.leLonDeg(), r.leElevationFt() * FT_M),
              new GeoPoint(r.heLatDeg(), r.heLonDeg(), r.heElevationFt() * FT_M)
            });
      }
      out.add(new RunwayCsvReader(dims).airport(a.ident(), thresholds));
    }
    return out;
  }

  /** One runway-suspension policy per airport (each has its own clear time). */
  private static List<RunwaySuspension> suspensions(Scenario scenario, List<AirportZone> airports) {
    List<RunwaySuspension> out = new ArrayList<>();
    for (AirportZone zone : airports) {
      for (ScenarioAirport a : scenario.airports()) {
        if (a.ident().equals(zone.ident())) {
          out.add(new RunwaySuspension(List.of(zone), a.clearForS()));
        }
      }
    }
    return out;
  }

  /** A zone file: a resource beside the built-in scenarios, a classpath resource, or a file. */
  private static String readZoneFile(Scenario scenario, String name) {
    for (String resource : new String[] {SCENARIO_RESOURCE_DIR + name, "/" + name}) {
      try (InputStream in = ScenarioRun.class.getResourceAsStream(resource)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path p = Path.of(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(
          "scenario " + scenario.name() + ": zone file " + name + " is neither a resource nor a file");
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last measured state of each track that had a violation: its last {@code CONFIRMED} update
   * and, if the tracker dropped it, when.
   */
  static List<LastKnownState> lastKnown(List<Track> trackUpdates, List<Violation> violations) {
    Map<String, Track> lastUpdate = new TreeMap<>();
    Map<String, Instant> dropped = new HashMap<>();
    violations.forEach(v -> lastUpdate.put(v.trackId(), null));
    for (Track t : trackUpdates) {
      if (!lastUpdate.containsKey(t.trackId())) {
        continue;
      }
      if (t.state() == TrackState.CONFIRMED) {
        lastUpdate.put(t.trackId(), t);
        dropped.remove(t.trackId());
      } else if (t.state() == TrackState.DROPPED) {
        dropped.put(t.trackId(), t.time());
      }
    }
    List<LastKnownState> out = new ArrayList<>();
    lastUpdate.forEach(
        (id, t) -> {
          if (t != null) {
            out.add(new LastKnownState(id, t, dropped.get(id)));
          }
        });
    return out;
  }

  private static void collect(List<ViolationEvent> events, Map<String, Violation> into) {
    for (ViolationEvent e : events) {
      into.put(e.violation().violationId(), e.violation());
    }
  }

  private static List<Violation> sorted(Map<String, Violation> byId) {
    List<Violation> list = new ArrayList<>(byId.values());
    list.sort(Comparator.comparing(Violation::entryTime).thenComparing(Violation::trackId));
    return list;
  }

  /** Sees every scan of a run (the demo prints alerts from it; tests inspect it). */
  public interface ScanListener {
    void onScan(Instant scanTime, List<Observation> observations, AirPicturePipeline.ScanResult result);

    default void onFlush(List<ViolationEvent> events) {}
  }

  /** Whether an event finished a violation. */
  static boolean closes(ViolationEvent e) {
    return e.kind() == ViolationEventKind.CLOSED;
  }
}
