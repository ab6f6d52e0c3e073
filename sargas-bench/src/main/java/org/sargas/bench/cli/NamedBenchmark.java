package org.sargas.bench.cli;

import java.util.Map;

/** A benchmark {@code ./sargas bench} can run by name. */
public interface NamedBenchmark {
  /** The name on the command line, e.g. {@code su30-monte-carlo}. */
  String name();

  /** One line for {@code --list}. */
  String description();

  /**
   * Runs it.
   *
   * @return the figures, in order (the JSON document of {@code --format json})
   */
  Map<String, Object> run(BenchOptions options) throws Exception;
}
