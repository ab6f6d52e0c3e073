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

  public static void main(String[] args) {
    long first = args.length > 0 ? Long.parseLong(args[0]) : 1;
    long last = args.length > 1 ? Long.parseLong(args[1]) : 20;
    PrintStream out = System.out;
    Scenario base = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScenarioRun run = new ScenarioRun(CountryBorders.easternFlank());
    IncursionAcceptance acceptance = IncursionAcceptance.su30();
    int passed = 0;
    int depthCount = 0;
    double depthErrorSum = 0;
    double depthErrorSum2 = 0;
    for (long seed = first; seed <= last; seed++) {
      ScenarioResult r = run.run(IncursionAcceptance.withSeed(base, seed));
      List<String> bad = acceptance.shortfalls(r);
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
      out.printf(
          Locale.ROOT,
          "seed %3d %-4s %s%s%n",
          seed,
          bad.isEmpty() ? "ok" : "FAIL",
          IncursionAcceptance.summary(r),
          bad.isEmpty() ? "" : " | " + String.join(", ", bad));
    }
    long runs = last - first + 1;
    out.printf(Locale.ROOT, "passed %d/%d", passed, runs);
    if (depthCount > 0) {
      out.printf(
          Locale.ROOT,
          "; depth error of passing runs: mean %+.0f m, RMS %.0f m (%d violations)",
          depthErrorSum / depthCount,
          Math.sqrt(depthErrorSum2 / depthCount),
          depthCount);
    }
    out.println();
  }
}
