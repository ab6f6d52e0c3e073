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
  private final long seed;
  private final java.util.Map<String, Random> perTarget = new java.util.HashMap<>();
  protected final LocalTangentPlane frame;

  SiteSimulator(ScenarioSensor sensor, long seed) {
    this.sensor = sensor;
    this.rng = new Random(seed);
    this.seed = seed;
    this.frame = new LocalTangentPlane(sensor.site());
  }

  /**
   * The random stream of one target seen by this sensor (detection and measurement noise), derived
   * from the sensor's seed and the target's id: adding or removing another target leaves this
   * target's draws unchanged. Clutter, and a sensor's own timing, draw from {@link #rng}.
   */
  protected Random rngFor(String targetId) {
    if (targetId == null) {
      return rng;
    }
    return perTarget.computeIfAbsent(
        targetId,
        k -> new Random(seed * 0x9E3779B97F4A7C15L ^ (long) k.hashCode() * 0xC2B2AE3D27D4EB4FL));
  }
}
