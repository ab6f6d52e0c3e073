package org.sargas.pipeline.identity;

import org.sargas.model.observation.Identity;

/** The flight-plan data a source system tracker sent with its track (CAT062 I062/390). */
final class SourceFlightPlan {
  private SourceFlightPlan() {}

  /**
   * "CALLSIGN ADEP→ADES (I062/390, type)" when the track carries the source tracker's flight-plan
   * correlation (departure and destination aerodromes: only CAT062 I062/390 declares them), else
   * null.
   */
  static String describe(Identity id) {
    if (id.departure() == null || id.destination() == null) {
      return null;
    }
    return (id.callsign() == null ? "" : id.callsign() + " ")
        + id.departure()
        + "→"
        + id.destination()
        + " (I062/390"
        + (id.aircraftType() == null ? "" : ", " + id.aircraftType())
        + ")";
  }
}
