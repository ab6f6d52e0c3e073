package org.sargas.sim.eval;

/**
 * A line of an interchange CSV that could not be read.
 *
 * @param source file name or other source label
 * @param line 1-based line number
 * @param reason what was wrong
 */
public record CsvFailure(String source, long line, String reason) {
  @Override
  public String toString() {
    return source + ":" + line + ": " + reason;
  }
}
