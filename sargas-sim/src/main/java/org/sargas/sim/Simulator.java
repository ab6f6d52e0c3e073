package org.sargas.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sargas.model.sensor.Sensor;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.sensor.SensorSimulator;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.sensor.SimulatedTarget;
import org.sargas.sim.truth.TruthSample;

/**
 * Turns a scenario into observations and ground truth. Deterministic: the same scenario (and seed)
 * gives the same output, bit for bit; each sensor draws from its own stream derived from the seed.
 */
public final class Simulator {
  private final double truthStepS;

  /** A simulator sampling ground truth every {@code truthStepS} seconds. */
  public Simulator(double truthStepS) {
    if (!(truthStepS > 0)) {
      throw new IllegalArgumentException("truthStepS must be positive");
    }
    this.truthStepS = truthStepS;
  }

  /** A simulator sampling truth at 1 Hz. */
  public Simulator() {
    this(1.0);
  }

  /** Runs the whole scenario with its own seed. */
  public SimulationResult run(Scenario scenario) {
    return run(scenario, scenario.seed());
  }

  /** Runs the whole scenario with another seed (Monte-Carlo runs). */
  public SimulationResult run(Scenario scenario, long seed) {
    List<SimulatedTarget> targets = scenario.targets().stream().map(SimulatedTarget::new).toList();
    List<SimulatedObservation> observations = new ArrayList<>();
    List<Sensor> sensors = new ArrayList<>();
    for (ScenarioSensor s : scenario.sensors()) {
      sensors.add(s.toSensor());
      SensorSimulator.forSensor(s, seed).simulate(scenario, targets, observations::add);
    }
    observations.sort(
        Comparator.comparing((SimulatedObservation o) -> o.observation().time())
            .thenComparing(o -> o.observation().sensorId()));
    List<TruthSample> truth = new ArrayList<>();
    for (SimulatedTarget t : targets) {
      var traj = t.trajectory();
      double end = Math.min(traj.endS(), scenario.durationS());
      for (double ts = Math.max(0, traj.startS()); ts <= end + 1e-9; ts += truthStepS) {
        truth.add(traj.sampleAt(ts, scenario.timeAt(ts)));
      }
    }
    truth.sort(Comparator.comparing(TruthSample::time).thenComparing(TruthSample::targetId));
    return new SimulationResult(scenario, List.copyOf(sensors), observations, truth);
  }
}
