package org.sargas.sim;

import java.util.List;
import org.sargas.model.sensor.Sensor;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.TruthSample;

/**
 * What a simulation produced.
 *
 * @param scenario the scenario simulated
 * @param sensors its sensors as model records
 * @param observations all observations, ascending by event time then sensor id
 * @param truth true states of all targets, ascending by time then target id
 */
public record SimulationResult(
    Scenario scenario,
    List<Sensor> sensors,
    List<SimulatedObservation> observations,
    List<TruthSample> truth) {
  public SimulationResult {
    sensors = List.copyOf(sensors);
    observations = List.copyOf(observations);
    truth = List.copyOf(truth);
  }
}
