package org.sargas.sim.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sargas.model.plan.FlightPlan;

/**
 * A complete simulation scenario.
 *
 * @param name machine name, e.g. {@code lithuania-2025-su30}
 * @param title one-line human title
 * @param description what happened
 * @param reported facts taken from public reports (sources named)
 * @param assumed everything that had to be assumed (sites, paths, noise, times)
 * @param start event time of scenario second 0 (UTC)
 * @param durationS length of the simulation in seconds
 * @param seed random seed; the same seed gives the same observations
 * @param region the area of interest and the protected airspace
 * @param sensors the sensors
 * @param targets the targets and their flight paths
 * @param airports airports whose drone protection zones are watched (may be empty)
 */
public record Scenario(
    String name,
    String title,
    String description,
    List<String> reported,
    List<String> assumed,
    Instant start,
    double durationS,
    long seed,
    ScenarioRegion region,
    List<ScenarioSensor> sensors,
    List<ScenarioTarget> targets,
    List<ScenarioAirport> airports,
    List<FlightPlan> flightPlans) {

  public Scenario {
    flightPlans = flightPlans == null ? List.of() : List.copyOf(flightPlans);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(region, "region");
    reported = reported == null ? List.of() : List.copyOf(reported);
    assumed = assumed == null ? List.of() : List.copyOf(assumed);
    sensors = sensors == null ? List.of() : List.copyOf(sensors);
    targets = targets == null ? List.of() : List.copyOf(targets);
    airports = airports == null ? List.of() : List.copyOf(airports);
    title = title == null ? name : title;
    description = description == null ? "" : description;
    if (!(durationS > 0)) {
      throw new IllegalArgumentException("scenario " + name + ": durationS must be positive");
    }
  }

  /** This scenario with another random seed. */
  public Scenario withSeed(long newSeed) {
    return new Scenario(
        name,
        title,
        description,
        reported,
        assumed,
        start,
        durationS,
        newSeed,
        region,
        sensors,
        targets,
        airports,
        flightPlans);
  }

  /** A scenario without flight plans. */
  public Scenario(
      String name,
      String title,
      String description,
      List<String> reported,
      List<String> assumed,
      Instant start,
      double durationS,
      long seed,
      ScenarioRegion region,
      List<ScenarioSensor> sensors,
      List<ScenarioTarget> targets,
      List<ScenarioAirport> airports) {
    this(
        name,
        title,
        description,
        reported,
        assumed,
        start,
        durationS,
        seed,
        region,
        sensors,
        targets,
        airports,
        List.of());
  }

  /** The event time {@code offsetS} seconds after the scenario start (microsecond resolution). */
  public Instant timeAt(double offsetS) {
    return start.plusNanos(Math.round(offsetS * 1e6) * 1000L);
  }
}
