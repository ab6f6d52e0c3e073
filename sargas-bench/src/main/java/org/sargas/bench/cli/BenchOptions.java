package org.sargas.bench.cli;

/**
 * The options a benchmark may read; each benchmark documents which ones it uses and its defaults.
 *
 * @param runs repetitions / Monte Carlo runs, or -1 for the benchmark's default
 * @param seed first seed, or -1 for the benchmark's default
 * @param targets simulated targets, or -1 for the benchmark's default
 * @param text where a benchmark writes its progress and human-readable lines (stderr when the
 *     result is JSON)
 */
public record BenchOptions(int runs, long seed, int targets, java.io.PrintStream text) {
  /** {@code value} unless it is -1. */
  public static int or(int value, int dflt) {
    return value < 0 ? dflt : value;
  }

  /** {@code value} unless it is -1. */
  public static long or(long value, long dflt) {
    return value < 0 ? dflt : value;
  }
}
