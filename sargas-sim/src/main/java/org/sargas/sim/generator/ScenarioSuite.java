package org.sargas.sim.generator;

import java.util.List;
import java.util.Optional;

/**
 * The named, seeded scenarios the tracker's tests (with golden metric baselines) and benchmarks
 * run. Changing one changes the baselines: re-baseline in a reviewed commit that says why.
 */
public final class ScenarioSuite {
  private ScenarioSuite() {}

  /** The suite, in a fixed order. */
  public static List<ScenarioSpec> all() {
    return List.of(
        // The accuracy scenario: 100 targets, σ 50 m, Pd 0.9, 100 clutter/scan, 60 s,
        // 30 % fighters, 10 % turning, 1 s scans.
        ScenarioSpec.accuracy("accuracy-100", 1001, 100),
        // Fighters only, half of them turning, sparse clutter.
        new ScenarioSpec(
            "fighters-turning", 1002, 40, 90, 120_000, 1.0, 0.5, 0.0, 1, 1.0, 50, 0.9, 20),
        // A drone swarm in a small area with dense clutter.
        new ScenarioSpec("drone-swarm", 1003, 60, 60, 30_000, 0.0, 0.2, 0.0, 1, 1.0, 30, 0.85, 40),
        // Three interleaved sensors of 3 s period: one plot set per second.
        new ScenarioSpec(
            "interleaved-3", 1004, 50, 90, 100_000, 0.3, 0.1, 0.0, 3, 3.0, 60, 0.9, 30),
        // Targets appearing and leaving.
        new ScenarioSpec(
            "births-deaths", 1005, 80, 90, 100_000, 0.3, 0.1, 0.5, 1, 1.0, 50, 0.9, 50));
  }

  /** The scenario called {@code name}, if any. */
  public static Optional<ScenarioSpec> named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
