package org.sargas.bench.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A named benchmark made of JMH benchmarks (the classes matching a pattern), run in one forked JVM
 * with short iterations ({@code --runs} measurement iterations of 1 s, default 3, after 2 warm-up
 * iterations): for each benchmark method and parameter set its score, 99.9 % error and unit (the
 * class's own output unit), and for sample-time benchmarks the median and 99th percentile. Short
 * iterations keep a run to minutes on a shared machine; the class's own annotations (longer
 * iterations) apply when JMH is run directly.
 */
final class JmhBenchmark implements NamedBenchmark {
  private final String name;
  private final String description;
  private final String include;

  /**
   * @param name the name on the command line
   * @param description one line for {@code --list}
   * @param include JMH include pattern (regular expression on benchmark names)
   */
  JmhBenchmark(String name, String description, String include) {
    this.name = name;
    this.description = description;
    this.include = include;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Map<String, Object> run(BenchOptions o) throws Exception {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(include)
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(BenchOptions.or(o.runs(), 3))
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true);
    Collection<RunResult> results = new Runner(b.build()).run();
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> figures = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark().replaceFirst("^org\\.sargas\\.bench\\.", "");
      StringBuilder key = new StringBuilder(label);
      for (String p : r.getParams().getParamsKeys()) {
        key.append(' ').append(p).append('=').append(r.getParams().getParam(p));
      }
      Result<?> primary = r.getPrimaryResult();
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("mode", r.getParams().getMode().shortLabel());
      f.put("score", Benchmarks.round(primary.getScore(), 3));
      f.put("error", Benchmarks.round(primary.getScoreError(), 3));
      f.put("unit", primary.getScoreUnit());
      if (r.getParams().getMode() == Mode.SampleTime) {
        f.put("p50", Benchmarks.round(primary.getStatistics().getPercentile(50), 3));
        f.put("p99", Benchmarks.round(primary.getStatistics().getPercentile(99), 3));
      }
      figures.put(key.toString(), f);
    }
    out.put("measurementIterations", BenchOptions.or(o.runs(), 3));
    out.put("results", figures);
    return out;
  }
}
