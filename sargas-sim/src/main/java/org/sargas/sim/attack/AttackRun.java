package org.sargas.sim.attack;

import java.util.List;
import org.sargas.model.sensor.Sensor;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.scenario.Scenario;

/**
 * A simulated attack: the traffic's scenario, the node's sensors and the reports in receive-time
 * order.
 *
 * @param scenario the traffic (radars, receivers, aircraft, drones)
 * @param simulation the clean simulation the attack started from (truth, radar plots)
 * @param sensors the node's sensors
 * @param reports every report, ascending by receive time
 * @param attacks the attacks in it (empty for {@link AttackKind#CLEAN})
 * @param synchronisedReceivers ADS-B receivers whose times of arrival are synchronised
 */
public record AttackRun(
    Scenario scenario,
    SimulationResult simulation,
    List<Sensor> sensors,
    List<ReceivedReport> reports,
    List<Attack> attacks,
    List<String> synchronisedReceivers) {
  public AttackRun {
    sensors = List.copyOf(sensors);
    reports = List.copyOf(reports);
    attacks = List.copyOf(attacks);
    synchronisedReceivers = List.copyOf(synchronisedReceivers);
  }
}
