package org.sargas.bench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.bench.scenario.Su30MonteCarlo;

/** The registry of named benchmarks. */
public final class Benchmarks {
  private Benchmarks() {}

  /** Every benchmark {@code ./sargas bench} knows. */
  public static List<NamedBenchmark> all() {
    return List.of(su30MonteCarlo());
  }

  /** The flagship scenario over many seeds (docs/benchmarks.md, "Su-30 Monte Carlo"). */
  static NamedBenchmark su30MonteCarlo() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "su30-monte-carlo";
      }

      @Override
      public String description() {
        return "lithuania-2025-su30 over --runs seeds (40) from --seed (1): pass rate, depth bias, entry-time error";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        long first = BenchOptions.or(o.seed(), 1);
        int runs = BenchOptions.or(o.runs(), 40);
        Su30MonteCarlo.Result r = Su30MonteCarlo.run(first, first + runs - 1, o.text());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", r.runs());
        m.put("passed", r.passed());
        m.put("depthBiasM", round(r.depthBiasM(), 1));
        m.put("depthRmsM", round(r.depthRmsM(), 1));
        m.put("entryTimeErrorP95S", round(r.entryTimeErrorP95S(), 3));
        m.put("violations", r.violations());
        return m;
      }
    };
  }

  /** A finite value rounded to {@code digits}, else null (JSON has no NaN). */
  static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
