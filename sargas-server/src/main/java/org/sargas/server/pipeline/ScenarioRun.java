package org.sargas.server.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
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
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.TruthSample;
import org.sargas.track.TrackerConfig;

/**
 * Runs a scenario headless, as fast as the machine allows: simulate, track, monitor — and measure
 * the same violations on the ground truth so the two can be compared.
 */
public final class ScenarioRun {
  /** Observations are fed to the tracker in slices of this much event time. */
  public static final double SCAN_SLICE_S = 1.0;

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
    List<ZoneArea> zones = protectedZones(scenario);
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    sim.sensors().forEach(s -> sensors.put(s.id(), s));
    LocalTangentPlane region =
        new LocalTangentPlane(
            GeoPoint.of(scenario.region().originLatDeg(), scenario.region().originLonDeg()));
    AirPicturePipeline pipeline =
        new AirPicturePipeline(region, sensors, borders, zones, trackerConfig);

    Map<String, Violation> violations = new LinkedHashMap<>();
    List<Track> trackUpdates = new ArrayList<>();
    List<SimulatedObservation> obs = sim.observations();
    int i = 0;
    for (double sliceEnd = SCAN_SLICE_S; ; sliceEnd += SCAN_SLICE_S) {
      Instant scanTime = scenario.timeAt(sliceEnd);
      List<Observation> slice = new ArrayList<>();
      while (i < obs.size() && obs.get(i).observation().time().isBefore(scanTime)) {
        slice.add(obs.get(i++).observation());
      }
      AirPicturePipeline.ScanResult r = pipeline.process(scanTime, slice);
      trackUpdates.addAll(r.tracks().tracks());
      collect(r.violationEvents(), violations);
      for (ScanListener l : listeners) {
        l.onScan(scanTime, slice, r);
      }
      if (sliceEnd >= scenario.durationS()) {
        break;
      }
    }
    List<ViolationEvent> last = pipeline.flush();
    collect(last, violations);
    for (ScanListener l : listeners) {
      l.onFlush(last);
    }
    double elapsedS = (System.nanoTime() - t0) / 1e9;
    return new ScenarioResult(
        scenario, sim, sorted(violations), truthViolations(scenario, sim.truth(), zones), trackUpdates, elapsedS);
  }

  /** The violations measured on the ground-truth trajectories by the same monitor. */
  public List<Violation> truthViolations(Scenario scenario, List<TruthSample> truth, List<ZoneArea> zones) {
    AirspaceMonitor monitor =
        new AirspaceMonitor(borders, zones, MonitorSettings.defaults().withPathModel(PathModel.HERMITE));
    Map<String, Violation> out = new LinkedHashMap<>();
    int i = 0;
    while (i < truth.size()) {
      Instant t = truth.get(i).time();
      List<Track> batch = new ArrayList<>();
      while (i < truth.size() && truth.get(i).time().equals(t)) {
        TruthSample s = truth.get(i++);
        batch.add(
            new Track(
                s.targetId(), s.time(), s.position(), s.velocityEastMps(), s.velocityNorthMps(),
                s.velocityUpMps(), 1.0, 1.0, 0.0, TrackState.CONFIRMED, Identity.NONE,
                Classification.UNKNOWN, 1));
      }
      collect(monitor.evaluate(new TrackBatch(t, batch)), out);
    }
    collect(monitor.flush(), out);
    return sorted(out);
  }

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
