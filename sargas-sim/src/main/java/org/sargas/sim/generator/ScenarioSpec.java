package org.sargas.sim.generator;

/**
 * Parameters of a generated scenario. All randomness derives from {@code seed}.
 *
 * @param name scenario name
 * @param seed RNG seed
 * @param targets number of targets
 * @param durationS scenario length, s
 * @param areaSideM side of the square area targets start in (centred on the origin), m
 * @param fighterFraction fraction of targets that are fighters (the rest are drones)
 * @param turningFraction fraction of targets that make a turn (half at 3°/s, half at 10°/s)
 * @param birthDeathFraction fraction of targets born after the start or dying before the end
 * @param sensors number of interleaved sensors
 * @param sensorPeriodS each sensor's scan period, s (sensor k scans at offset k·period/sensors)
 * @param sigmaM position noise 1-σ per axis, m
 * @param detectionProbability probability a target is detected on a scan
 * @param clutterPerScan mean number of clutter plots per sensor scan (Poisson), uniform over the
 *     area
 */
public record ScenarioSpec(
    String name,
    long seed,
    int targets,
    double durationS,
    double areaSideM,
    double fighterFraction,
    double turningFraction,
    double birthDeathFraction,
    int sensors,
    double sensorPeriodS,
    double sigmaM,
    double detectionProbability,
    double clutterPerScan) {

  public ScenarioSpec {
    if (targets < 0
        || !(durationS > 0)
        || !(areaSideM > 0)
        || sensors < 1
        || !(sensorPeriodS > 0)
        || !(sigmaM >= 0)
        || !(detectionProbability >= 0 && detectionProbability <= 1)
        || !(clutterPerScan >= 0)) {
      throw new IllegalArgumentException("invalid scenario spec " + name);
    }
  }

  /**
   * The accuracy scenario shape at {@code targets} targets, with the area scaled so density
   * stays that of 100 targets in 100 km x 100 km.
   */
  public static ScenarioSpec accuracy(String name, long seed, int targets) {
    double side = 100_000.0 * Math.sqrt(targets / 100.0);
    return new ScenarioSpec(name, seed, targets, 60, side, 0.3, 0.1, 0.0, 1, 1.0, 50, 0.9, targets);
  }
}
