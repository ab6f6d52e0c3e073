package org.sargas.server.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.airport.RunwaySuspension;
import org.sargas.airspace.airport.RunwayZoneDimensions;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.zone.ZoneArea;
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
import org.sargas.pipeline.AirportWatch;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.ResponseAdvisor;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.identity.FlightPlanBook;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.config.RegionConfig;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioAirport;
import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.truth.TruthSample;
import org.sargas.track.TrackerConfig;

/**
 * Runs a scenario headless, as fast as the machine allows, through the one pipeline ({@link
 * SurveillancePipeline}, the same as {@code serve}): simulate, gate, track, monitor, warn, alert —
 * and measure the same violations on the ground truth so the two can be compared. The watched zones
 * are the national airspace of the scenario's protected countries, the zones of its zone file and
 * the drone protection zones of its airports; early warnings are predicted for all of them and the
 * runway-suspension policy runs on the airports' violations, from the tracks and from the truth.
 */
public final class ScenarioRun {
  /** Observations are fed to the tracker in slices of this much event time. */
  public static final double SCAN_SLICE_S = 1.0;

  private final CountryBorders borders;
  private final TrackerConfig trackerConfig;
  private SectorSettings sectors = SectorSettings.single();

  /** A run with the tracker's default configuration. */
  public ScenarioRun(CountryBorders borders) {
    this(borders, TrackerConfig.defaults());
  }

  public ScenarioRun(CountryBorders borders, TrackerConfig trackerConfig) {
    this.borders = borders;
    this.trackerConfig = trackerConfig;
  }

  /** Tracks partitioned by geographic sector (decision 1201); one sector by default. */
  public ScenarioRun withSectors(SectorSettings s) {
    this.sectors = s;
    return this;
  }

  /** Runs the scenario with its own seed. */
  public ScenarioResult run(Scenario scenario) {
    return run(scenario, new Simulator().run(scenario));
  }

  /**
   * Runs the one pipeline ({@link SurveillancePipeline}) over a simulation, exactly as the live
   * node runs it: the sensors' reports encoded in their wire formats and decoded by the node's
   * decoders ({@link ScenarioWire}), every report through the plausibility gate (receive time =
   * event time), cut into scans by the same {@link EventTimeSlicer} with the watermark following
   * event time.
   */
  public ScenarioResult run(Scenario scenario, SimulationResult sim) {
    long t0 = System.nanoTime();
    List<AirportZone> airports = airportZones(scenario);
    List<ZoneArea> zones = watchedZones(scenario, airports);
    SurveillancePipeline pipeline = new SurveillancePipeline(setup(scenario, sim, zones, airports));
    pipeline.identity().useFlightPlans(new FlightPlanBook(scenario.flightPlans()));
    EventTimeSlicer slicer = new EventTimeSlicer(SCAN_SLICE_S, 0);

    Collected collected = new Collected();
    EventTimeSlicer.ScanHandler scan =
        (scanTime, slice) -> collected.scan(pipeline.process(scanTime, slice));
    long sliceNanos = Math.round(SCAN_SLICE_S * 1e9);
    for (Observation o : new ScenarioWire(scenario).transcode(sim)) {
      long t = EventTimeSlicer.nanos(o.time());
      // The watermark moves in steps of at most one slice, as the live node's clock ticks do.
      for (long w = slicer.watermarkNanos();
          w != Long.MIN_VALUE && w + sliceNanos < t;
          w += sliceNanos) {
        slicer.advance(w + sliceNanos, scan);
      }
      slicer.advance(t, scan);
      if (pipeline.admit(o, o.time()) == null) {
        slicer.offer(o);
      }
    }
    long end = EventTimeSlicer.nanos(scenario.timeAt(scenario.durationS()));
    for (long w = slicer.watermarkNanos(); w != Long.MIN_VALUE && w < end; w += sliceNanos) {
      slicer.advance(Math.min(end, w + sliceNanos), scan);
    }
    slicer.flush(scan);
    Instant last = Instant.ofEpochSecond(0, Math.max(end, slicer.lastScanEndNanos()));
    collected.scan(pipeline.flush(last));
    return result(scenario, sim, collected, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * What a run's scans produced, gathered as {@link ScenarioResult} reports it: the last state of
   * each violation and crossing, every track update, warning and alert in order. {@code scenario
   * run} and the Flink job's read-back ({@code sargas flink run}) gather through this one class.
   */
  public static final class Collected {
    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final Map<String, Violation> crossings = new LinkedHashMap<>();
    private final Map<String, Violation> filtered = new LinkedHashMap<>();
    private final List<Track> trackUpdates = new ArrayList<>();
    private final List<Track> smoothedUpdates = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();

    /** Adds one scan's (or the flush's) outputs, in scan order. */
    public void scan(ScanOutput r) {
      trackUpdates.addAll(r.tracks().tracks());
      smoothedUpdates.addAll(r.smoothedTracks());
      collect(r.violationEvents(), violations);
      collect(r.crossingEvents(), crossings);
      collectFiltered(r.violationEvents(), filtered);
      warnings.addAll(r.warnings());
      alerts.addAll(r.alerts());
    }
  }

  /**
   * The result of a run from what its scans produced: the measured violations next to those of the
   * ground truth, the last known states and the response recommendations.
   *
   * @param elapsedS wall-clock seconds the run took (reported only)
   */
  public ScenarioResult result(
      Scenario scenario, SimulationResult sim, Collected c, double elapsedS) {
    List<AirportZone> airports = airportZones(scenario);
    List<ZoneArea> zones = watchedZones(scenario, airports);
    List<Violation> measured = sorted(c.violations);
    TruthMeasurement truth = measureTruth(scenario, sim.truth(), zones, airports);
    List<LastKnownState> known = lastKnown(c.trackUpdates, measured);
    return new ScenarioResult(
        scenario,
        sim,
        measured,
        uncleared(scenario, truth.violations()),
        c.trackUpdates,
        elapsedS,
        c.alerts,
        truth.alerts(),
        c.warnings,
        known,
        ScenarioResponse.of(
            new ResponseAdvisor(zones), c.trackUpdates, measured, c.alerts, known, scenario.seed()),
        sorted(c.filtered),
        c.smoothedUpdates,
        sorted(c.crossings));
  }

  /**
   * The truth violations without those of targets flying a filed flight plan (their callsign has
   * one): on the ground truth these are crossings, as the tracker's output calls them.
   */
  private static List<Violation> uncleared(Scenario scenario, List<Violation> truth) {
    java.util.Set<String> filed = new java.util.HashSet<>();
    scenario.flightPlans().forEach(p -> filed.add(p.callsign()));
    java.util.Set<String> cleared = new java.util.HashSet<>();
    for (ScenarioTarget t : scenario.targets()) {
      if (t.callsign() != null && filed.contains(t.callsign().toUpperCase(java.util.Locale.ROOT))) {
        cleared.add(t.id());
      }
    }
    return truth.stream().filter(v -> !cleared.contains(v.trackId())).toList();
  }

  /**
   * The pipeline set-up of a scenario: its sensors, region, watched zones and airports with their
   * clear times, and this run's tracker configuration.
   */
  public PipelineSetup setup(
      Scenario scenario, SimulationResult sim, List<ZoneArea> zones, List<AirportZone> airports) {
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    sim.sensors().forEach(s -> sensors.put(s.id(), s));
    LocalTangentPlane region =
        new LocalTangentPlane(
            GeoPoint.of(scenario.region().originLatDeg(), scenario.region().originLonDeg()));
    return PipelineSetup.of(region, sensors, borders, zones, airportWatches(scenario, airports))
        .withTracker(trackerConfig)
        .withSectors(sectors);
  }

  /** The violations measured on the ground-truth trajectories by the same monitor. */
  public List<Violation> truthViolations(
      Scenario scenario, List<TruthSample> truth, List<ZoneArea> zones) {
    return measureTruth(scenario, truth, zones, List.of()).violations();
  }

  /**
   * The ground truth through the same monitor and runway-suspension policy. Truth tracks carry
   * their target's true class (so drone-only zones apply to drones) and are confirmed from the
   * first sample.
   */
  private TruthMeasurement measureTruth(
      Scenario scenario,
      List<TruthSample> truth,
      List<ZoneArea> zones,
      List<AirportZone> airports) {
    AirspaceMonitor monitor =
        new AirspaceMonitor(
            borders, zones, MonitorSettings.defaults().withPathModel(PathModel.HERMITE));
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
                s.targetId(),
                s.time(),
                s.position(),
                s.velocityEastMps(),
                s.velocityNorthMps(),
                s.velocityUpMps(),
                1.0,
                1.0,
                0.0,
                TrackState.CONFIRMED,
                Identity.NONE,
                classes.getOrDefault(s.targetId(), Classification.UNKNOWN),
                1));
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
    RegionConfig r = WatchedAirspace.regionOf(scenario);
    return watched(
            scenario, new RegionConfig(r.originLatDeg(), r.originLonDeg(), r.protectedCountries()))
        .zones();
  }

  /**
   * Every zone the run watches: {@link #protectedZones}, the zones of the scenario's zone file and
   * the given airports' drone protection zones.
   *
   * @throws IllegalArgumentException if the zone file cannot be found or read
   */
  public List<ZoneArea> watchedZones(Scenario scenario, List<AirportZone> airports) {
    RegionConfig r = WatchedAirspace.regionOf(scenario);
    List<ZoneArea> zones =
        new ArrayList<>(
            watched(
                    scenario,
                    new RegionConfig(
                        r.originLatDeg(),
                        r.originLonDeg(),
                        r.protectedCountries(),
                        r.zoneFiles(),
                        List.of()))
                .zones());
    airports.forEach(a -> zones.add(a.zone()));
    return zones;
  }

  /**
   * The drone protection zones of the scenario's airports, built from their runway thresholds with
   * their dimensions ({@link RunwayZoneDimensions#defaults()} where not given).
   */
  public List<AirportZone> airportZones(Scenario scenario) {
    return watched(scenario, WatchedAirspace.regionOf(scenario)).airportZones();
  }

  private WatchedAirspace watched(Scenario scenario, RegionConfig region) {
    try {
      return WatchedAirspace.of(region, borders);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scenario " + scenario.name() + ": " + e.getMessage(), e);
    }
  }

  /** One runway-suspension policy per airport (each has its own clear time). */
  private static List<RunwaySuspension> suspensions(Scenario scenario, List<AirportZone> airports) {
    List<RunwaySuspension> out = new ArrayList<>();
    for (AirportWatch a : airportWatches(scenario, airports)) {
      out.add(new RunwaySuspension(List.of(a.airport()), a.clearForS()));
    }
    return out;
  }

  /** The scenario's airports with their clear times. */
  public static List<AirportWatch> airportWatches(Scenario scenario, List<AirportZone> airports) {
    List<AirportWatch> out = new ArrayList<>();
    for (AirportZone zone : airports) {
      for (ScenarioAirport a : scenario.airports()) {
        if (a.ident().equals(zone.ident())) {
          out.add(new AirportWatch(zone, a.clearForS()));
        }
      }
    }
    return out;
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

  /** As {@link #collect}, without the smoothed revisions: the filtered track's figures. */
  private static void collectFiltered(List<ViolationEvent> events, Map<String, Violation> into) {
    for (ViolationEvent e : events) {
      if (e.kind() != ViolationEventKind.REVISED) {
        into.put(e.violation().violationId(), e.violation());
      }
    }
  }

  private static List<Violation> sorted(Map<String, Violation> byId) {
    List<Violation> list = new ArrayList<>(byId.values());
    list.sort(Comparator.comparing(Violation::entryTime).thenComparing(Violation::trackId));
    return list;
  }

  /** Whether an event finished a violation. */
  static boolean closes(ViolationEvent e) {
    return e.kind() == ViolationEventKind.CLOSED;
  }
}
