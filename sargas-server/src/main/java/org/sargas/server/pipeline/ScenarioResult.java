package org.sargas.server.pipeline;

import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.Warning;
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
 * @param alerts runway-suspension alerts raised from the tracker's output, in event-time order
 * @param truthAlerts the same alerts raised from the ground truth
 * @param warnings early warnings (predicted entries into protected zones) from the tracker's
 *     output, in the order issued
 * @param lastKnown the last measured state of every track that had a violation, in track-id order
 * @param response intercept, effector and search-area recommendations (docs/response.md)
 * @param filteredViolations the same violations as last measured on the filtered (real-time) track,
 *     before any smoothed revision (decision 0802)
 * @param smoothedTrackUpdates every fixed-lag smoothed track update, in order
 * @param crossings entries of cleared traffic into protected zones (flights on their filed route,
 *     state aircraft within their clearance): measured like violations, but not violations
 */
public record ScenarioResult(
    Scenario scenario,
    SimulationResult simulation,
    List<Violation> violations,
    List<Violation> truthViolations,
    List<Track> trackUpdates,
    double elapsedS,
    List<Alert> alerts,
    List<Alert> truthAlerts,
    List<Warning> warnings,
    List<LastKnownState> lastKnown,
    ScenarioResponse response,
    List<Violation> filteredViolations,
    List<Track> smoothedTrackUpdates,
    List<Violation> crossings) {
  public ScenarioResult {
    filteredViolations = filteredViolations == null ? violations : List.copyOf(filteredViolations);
    smoothedTrackUpdates =
        smoothedTrackUpdates == null ? List.of() : List.copyOf(smoothedTrackUpdates);
    crossings = crossings == null ? List.of() : List.copyOf(crossings);
    alerts = List.copyOf(alerts);
    truthAlerts = List.copyOf(truthAlerts);
    warnings = List.copyOf(warnings);
    lastKnown = List.copyOf(lastKnown);
  }
}
