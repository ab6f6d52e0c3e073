package org.sargas.sim.sensor;

import org.sargas.model.observation.Observation;

/**
 * An observation with the truth it came from.
 *
 * @param observation what the sensor reports
 * @param truthId the target that caused it, or null for clutter
 */
public record SimulatedObservation(Observation observation, String truthId) {
  /** Whether this is a false plot. */
  public boolean clutter() {
    return truthId == null;
  }
}
