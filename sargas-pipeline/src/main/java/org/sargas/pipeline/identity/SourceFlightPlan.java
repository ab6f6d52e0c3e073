package org.sargas.pipeline.identity;

import org.sargas.model.observation.Identity;

/** The flight-plan data a source system tracker sent with its track (CAT062 I062/390). */
final class SourceFlightPlan {
  private SourceFlightPlan() {}

  /**
   * "CALLSIGN ADEP→ADES (I062/390)" when the track carries the source tracker's flight-plan
   * correlation, else null.
   */
  static String describe(Identity id) {
    return null;
  }
}
