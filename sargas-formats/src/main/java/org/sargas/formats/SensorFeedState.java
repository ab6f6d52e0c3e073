package org.sargas.formats;

/**
 * How a surveillance data processing system (SDPS) sees one of its sensors: ASTERIX CAT063 I063/060
 * CON (edition 1.7). The SDPS derives it and describes the rule in its ICD.
 */
public enum SensorFeedState {
  /** CON = 0: the sensor is connected and its data are used. */
  OPERATIONAL(0),
  /** CON = 1: connected, with reduced performance. */
  DEGRADED(1),
  /** CON = 2: connected and starting up; its data are not yet used. */
  INITIALISATION(2),
  /** CON = 3: not currently connected. */
  NOT_CONNECTED(3);

  private final int code;

  SensorFeedState(int code) {
    this.code = code;
  }

  /** The I063/060 CON code, 0..3. */
  public int code() {
    return code;
  }

  /** The state of a CON code (the two low bits of {@code con}). */
  public static SensorFeedState ofCode(int con) {
    return values()[con & 3];
  }
}
