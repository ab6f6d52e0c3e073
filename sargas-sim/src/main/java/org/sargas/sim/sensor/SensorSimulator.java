package org.sargas.sim.sensor;

import java.util.List;
import java.util.function.Consumer;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;

/** Simulates one sensor over a whole scenario. */
public interface SensorSimulator {

  /**
   * Emits the sensor's observations of the scenario's targets, in ascending event time.
   *
   * @param scenario the scenario (start time, duration)
   * @param targets the targets with their trajectories
   * @param sink receives each observation
   */
  void simulate(
      Scenario scenario, List<SimulatedTarget> targets, Consumer<SimulatedObservation> sink);

  /** The simulator for a sensor of any kind, with a random stream derived from {@code seed}. */
  static SensorSimulator forSensor(ScenarioSensor sensor, long seed) {
    long streamSeed = seed * 0x9E3779B97F4A7C15L ^ sensor.id().hashCode();
    return switch (sensor.kind()) {
      case PRIMARY_RADAR, SECONDARY_RADAR -> new RadarSimulator(sensor, streamSeed);
      case ADSB_RECEIVER, REMOTE_ID_RECEIVER, SYSTEM_TRACKER, COUNTER_UAS ->
          new PositionReportSimulator(sensor, streamSeed);
      case ACOUSTIC, RF_DIRECTION_FINDER -> new BearingSensorSimulator(sensor, streamSeed);
    };
  }
}
