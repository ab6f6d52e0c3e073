package org.sargas.sim.eval;

import java.util.Arrays;

/**
 * Tracker speed over a run: plots per second of tracker time and per-scan latency percentiles.
 *
 * @param plotsPerSecond plots processed per second of time spent in the tracker
 * @param scanLatencyP50Ms median per-scan processing time, ms
 * @param scanLatencyP99Ms 99th-percentile per-scan processing time, ms
 */
public record ThroughputSummary(
    double plotsPerSecond, double scanLatencyP50Ms, double scanLatencyP99Ms) {

  /** From per-scan durations in nanoseconds and the number of plots processed. */
  public static ThroughputSummary of(long[] scanNanos, int scans, long plots) {
    long[] sorted = Arrays.copyOf(scanNanos, scans);
    Arrays.sort(sorted);
    long sum = 0;
    for (long v : sorted) {
      sum += v;
    }
    return new ThroughputSummary(
        sum == 0 ? 0 : plots / (sum * 1e-9),
        percentile(sorted, 0.50) * 1e-6,
        percentile(sorted, 0.99) * 1e-6);
  }

  /** Nearest-rank percentile of a sorted array (0 when empty). */
  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
