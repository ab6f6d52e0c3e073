package org.sargas.bench.scenario;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.server.pipeline.IncursionAcceptance;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * Monte Carlo of the flagship scenario {@code lithuania-2025-su30}: runs it with seeds {@code
 * FIRST..LAST} (default 1..20) through the default pipeline and prints, per seed, the measured
 * violations and whether they meet {@link IncursionAcceptance#su30()}; then the pass rate and the
 * mean and RMS error of the measured depth against the truth depth (passing runs' violations).
 *
 * <pre>
 * java -cp "$(cat sargas-bench/target/track-cp.txt):sargas-bench/target/classes" \
 *     org.sargas.bench.scenario.Su30MonteCarlo 1 20
 * </pre>
 */
public final class Su30MonteCarlo {
  private Su30MonteCarlo() {}

  /**
   * What a Monte Carlo gave.
   *
   * @param runs seeds run
   * @param passed runs meeting {@link IncursionAcceptance#su30()}
   * @param depthBiasM mean measured − truth maximum depth over the passing runs' violations, m
   * @param depthRmsM RMS of that error, m
   * @param entryTimeErrorP95S 95th percentile of |measured − truth| entry time over every violation
   *     matched to an aircraft's truth violation, s
   * @param violations violations in the passing runs
   */
  public record Result(
      long runs,
      int passed,
      double depthBiasM,
      double depthRmsM,
      double entryTimeErrorP95S,
      int violations) {}

  public static void main(String[] args) {
    long first = args.length > 0 ? Long.parseLong(args[0]) : 1;
    long last = args.length > 1 ? Long.parseLong(args[1]) : 20;
    Result r = run(first, last, System.out);
    System.out.printf(Locale.ROOT, "passed %d/%d", r.passed(), r.runs());
    if (r.violations() > 0) {
      System.out.printf(
          Locale.ROOT,
          "; depth error of passing runs: mean %+.0f m, RMS %.0f m (%d violations)",
          r.depthBiasM(),
          r.depthRmsM(),
          r.violations());
    }
    System.out.printf(Locale.ROOT, "; entry time error p95 %.2f s%n", r.entryTimeErrorP95S());
  }

  /** Runs seeds {@code first..last}, printing one line per seed to {@code out} (null: silent). */
  public static Result run(long first, long last, PrintStream out) {
    Scenario base = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScenarioRun run = new ScenarioRun(CountryBorders.easternFlank());
    IncursionAcceptance acceptance = IncursionAcceptance.su30();
    int passed = 0;
    int depthCount = 0;
    double depthErrorSum = 0;
    double depthErrorSum2 = 0;
    List<Double> entryErrors = new java.util.ArrayList<>();
    for (long seed = first; seed <= last; seed++) {
      ScenarioResult r = run.run(IncursionAcceptance.withSeed(base, seed));
      List<String> bad = acceptance.shortfalls(r);
      for (Violation v : r.violations()) {
        r.truthViolations().stream()
            .mapToDouble(
                t ->
                    Math.abs(java.time.Duration.between(t.entryTime(), v.entryTime()).toNanos())
                        / 1e9)
            .min()
            .ifPresent(entryErrors::add);
      }
      if (bad.isEmpty()) {
        passed++;
        double truthDepthM =
            r.truthViolations().stream()
                .mapToDouble(Violation::maxDepthM)
                .average()
                .orElse(Double.NaN);
        for (Violation v : r.violations()) {
          double e = v.maxDepthM() - truthDepthM;
          depthErrorSum += e;
          depthErrorSum2 += e * e;
          depthCount++;
        }
      }
      if (out != null) {
        out.printf(
            Locale.ROOT,
            "seed %3d %-4s %s%s%n",
            seed,
            bad.isEmpty() ? "ok" : "FAIL",
            IncursionAcceptance.summary(r),
            bad.isEmpty() ? "" : " | " + String.join(", ", bad));
      }
    }
    entryErrors.sort(null);
    double p95 =
        entryErrors.isEmpty()
            ? Double.NaN
            : entryErrors.get((int) Math.ceil(entryErrors.size() * 0.95) - 1);
    return new Result(
        last - first + 1,
        passed,
        depthCount == 0 ? Double.NaN : depthErrorSum / depthCount,
        depthCount == 0 ? Double.NaN : Math.sqrt(depthErrorSum2 / depthCount),
        p95,
        depthCount);
  }
}
