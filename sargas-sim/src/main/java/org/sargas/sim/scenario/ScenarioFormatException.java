package org.sargas.sim.scenario;

/** A scenario file that cannot be read: names the source and the offending field. */
public final class ScenarioFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioFormatException(String source, String message) {
    super(source + ": " + message);
  }

  public ScenarioFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }
}
