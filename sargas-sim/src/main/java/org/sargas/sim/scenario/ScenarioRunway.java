package org.sargas.sim.scenario;

import java.util.Objects;

/**
 * One runway of a scenario airport, as its two thresholds (the OurAirports {@code runways.csv}
 * columns {@code le_*} / {@code he_*}).
 *
 * @param designator both ends' identifiers, e.g. {@code "04L/22R"}
 * @param leLatDeg latitude of the lower-numbered end's threshold, degrees
 * @param leLonDeg its longitude, degrees
 * @param leElevationFt its elevation, feet AMSL (NaN if unknown)
 * @param heLatDeg latitude of the other end's threshold, degrees
 * @param heLonDeg its longitude, degrees
 * @param heElevationFt its elevation, feet AMSL (NaN if unknown)
 */
public record ScenarioRunway(
    String designator,
    double leLatDeg,
    double leLonDeg,
    double leElevationFt,
    double heLatDeg,
    double heLonDeg,
    double heElevationFt) {
  public ScenarioRunway {
    Objects.requireNonNull(designator, "runway designator");
    for (double lat : new double[] {leLatDeg, heLatDeg}) {
      if (!(lat >= -90 && lat <= 90)) {
        throw new IllegalArgumentException(
            "runway " + designator + ": threshold latitude out of range");
      }
    }
    for (double lon : new double[] {leLonDeg, heLonDeg}) {
      if (!(lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException(
            "runway " + designator + ": threshold longitude out of range");
      }
    }
  }
}
