package org.sargas.bench.cli;

/**
 * The options a benchmark may read; each benchmark documents which ones it uses and its defaults.
 *
 * @param runs repetitions / Monte Carlo runs, or -1 for the benchmark's default
 * @param seed first seed, or -1 for the benchmark's default
 * @param targets simulated targets, or -1 for the benchmark's default
 * @param text where a benchmark writes its progress and human-readable lines (stderr when the
 *     result is JSON)
 * @param rate offered rate (reports per second), or -1 for the benchmark's default
 * @param durationS measured seconds, or -1 for the benchmark's default
 * @param ramp whether to search the highest sustained rate instead of running one rate
 * @param subscribers WebSocket subscribers, or -1 for the benchmark's default
 * @param sliceS the live node's scan slice, s, or -1 for its default (serve)
 * @param latenessS the live node's lateness allowance, s, or -1 for its default (serve)
 * @param sectorColumns tracking sectors side by side, or -1 for the node's default (serve)
 */
public record BenchOptions(
    int runs,
    long seed,
    int targets,
    java.io.PrintStream text,
    double rate,
    double durationS,
    boolean ramp,
    int subscribers,
    double sliceS,
    double latenessS,
    int sectorColumns) {
  /** The options of benchmarks that take no rate, duration or subscribers. */
  public BenchOptions(int runs, long seed, int targets, java.io.PrintStream text) {
    this(runs, seed, targets, text, -1, -1, false, -1);
  }

  /** Options with the live node's own pipeline settings. */
  public BenchOptions(
      int runs,
      long seed,
      int targets,
      java.io.PrintStream text,
      double rate,
      double durationS,
      boolean ramp,
      int subscribers) {
    this(runs, seed, targets, text, rate, durationS, ramp, subscribers, -1, -1, -1);
  }

  /** {@code value} unless it is -1. */
  public static int or(int value, int dflt) {
    return value < 0 ? dflt : value;
  }

  /** {@code value} unless it is -1. */
  public static long or(long value, long dflt) {
    return value < 0 ? dflt : value;
  }

  /** {@code value} unless it is negative. */
  public static double or(double value, double dflt) {
    return value < 0 ? dflt : value;
  }
}
