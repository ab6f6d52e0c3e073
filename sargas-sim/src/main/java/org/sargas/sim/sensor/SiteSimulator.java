package org.sargas.sim.sensor;

import java.util.Random;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * What every simulated sensor has: its scenario definition, its own seeded random stream, and the
 * local tangent plane at its site in which it looks at targets. Not thread-safe (the stream).
 */
abstract class SiteSimulator implements SensorSimulator {
  protected final ScenarioSensor sensor;
  protected final Random rng;
  protected final LocalTangentPlane frame;

  SiteSimulator(ScenarioSensor sensor, long seed) {
    this.sensor = sensor;
    this.rng = new Random(seed);
    this.frame = new LocalTangentPlane(sensor.site());
  }
}
