package org.sargas.sim.eval;

import java.util.List;

/**
 * What was read from an interchange CSV: the good rows and the failures (the reader never throws on
 * a bad line).
 *
 * @param rows rows in file order
 * @param failures lines that could not be read
 */
public record CsvRead<T>(List<T> rows, List<CsvFailure> failures) {
  public CsvRead {
    rows = List.copyOf(rows);
    failures = List.copyOf(failures);
  }
}
