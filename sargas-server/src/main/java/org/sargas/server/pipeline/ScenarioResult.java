package org.sargas.server.pipeline;

import java.util.List;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.Track;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.scenario.Scenario;

/**
 * The outcome of a headless scenario run.
 *
 * @param scenario the scenario
 * @param simulation observations and truth
 * @param violations violations measured on the tracker's output (last state of each)
 * @param truthViolations the same measurement on the ground truth
 * @param trackUpdates every track the tracker reported, in order
 * @param elapsedS wall-clock seconds the pipeline took (reporting only, never used in logic)
 */
public record ScenarioResult(
    Scenario scenario,
    SimulationResult simulation,
    List<Violation> violations,
    List<Violation> truthViolations,
    List<Track> trackUpdates,
    double elapsedS) {}
