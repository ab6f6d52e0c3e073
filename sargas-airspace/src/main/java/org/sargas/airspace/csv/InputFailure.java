package org.sargas.airspace.csv;

/**
 * A line of input that could not be used.
 *
 * @param source file name
 * @param line 1-based line number
 * @param reason what is wrong
 */
public record InputFailure(String source, long line, String reason) {
  @Override
  public String toString() {
    return source + " line " + line + ": " + reason;
  }
}
