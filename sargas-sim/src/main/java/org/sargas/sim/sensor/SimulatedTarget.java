package org.sargas.sim.sensor;

import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.truth.Trajectory;

/**
 * A scenario target with its trajectory.
 *
 * @param spec the target as the scenario gives it
 * @param trajectory its flight path
 */
public record SimulatedTarget(ScenarioTarget spec, Trajectory trajectory) {
  public SimulatedTarget(ScenarioTarget spec) {
    this(spec, new Trajectory(spec));
  }
}
