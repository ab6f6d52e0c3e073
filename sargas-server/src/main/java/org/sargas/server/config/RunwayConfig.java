package org.sargas.server.config;

/**
 * One runway of a watched airport, as its two thresholds (the OurAirports {@code runways.csv}
 * columns {@code le_*} / {@code he_*}).
 *
 * @param designator both ends' identifiers, e.g. {@code "04L/22R"}
 * @param leLatDeg latitude of the lower-numbered end's threshold, degrees
 * @param leLonDeg its longitude, degrees
 * @param leElevationFt its elevation, feet AMSL (null if unknown)
 * @param heLatDeg latitude of the other end's threshold, degrees
 * @param heLonDeg its longitude, degrees
 * @param heElevationFt its elevation, feet AMSL (null if unknown)
 */
public record RunwayConfig(
    String designator,
    double leLatDeg,
    double leLonDeg,
    Double leElevationFt,
    double heLatDeg,
    double heLonDeg,
    Double heElevationFt) {
  public RunwayConfig {
    if (designator == null) {
      throw new ConfigException("runway needs a designator");
    }
  }
}
