package org.sargas.bench.track;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.sargas.server.cli.TrackCommand;
import org.sargas.sim.eval.EvaluationReport;
import org.sargas.sim.generator.ScenarioSpec;
import org.sargas.track.TrackerConfig;

/**
 * The tracker end to end at N targets with clutter ({@link ScenarioSpec#accuracy}: ≈ N clutter
 * plots per 1 s scan, 30 % fighters, 70 % drones, 10 % turning): throughput and per-scan latency by
 * the thread's CPU time and GOSPA against the truth, all from the same run (the last of {@code
 * rounds}; the earlier ones warm the JIT up). Run through {@code ./sargas bench tracker}.
 */
public final class TrackerRun {
  private TrackerRun() {}

  /**
   * What one measured run gave.
   *
   * @param targets simulated targets
   * @param plots plots in the run (targets' and clutter)
   * @param scans scans in the run
   * @param report throughput (wall and thread CPU) and GOSPA of the measured run
   */
  public record Result(int targets, long plots, long scans, EvaluationReport report) {}

  /**
   * Generates the load for {@code targets} targets from {@code seed} and runs {@code config} {@code
   * rounds} times over it (at least 2), printing one line per round to {@code out}.
   */
  public static Result run(
      int targets, long seed, int rounds, TrackerConfig config, PrintStream out) {
    ScenarioSpec spec = ScenarioSpec.accuracy("load-" + targets, seed, targets);
    SuiteComparison.Scenario sc;
    try {
      sc = SuiteComparison.load(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EvaluationReport last = null;
    for (int r = 0; r < Math.max(2, rounds); r++) {
      last = TrackCommand.evaluate(sc.plots(), sc.truth(), config, spec.sigmaM(), tp -> {});
      if (out != null) {
        out.printf(
            Locale.ROOT,
            "round %d: %.0f plots/s (thread CPU), scan p99 %.2f ms, GOSPA %.1f%n",
            r,
            last.cpuThroughput().plotsPerSecond(),
            last.cpuThroughput().scanLatencyP99Ms(),
            last.gospa().mean());
      }
    }
    return new Result(targets, last.plots(), last.scans(), last);
  }
}
