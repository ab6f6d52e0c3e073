package org.sargas.sim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An airport whose drone protection zone a scenario watches: runway thresholds and the zone's
 * dimensions (docs/airspace.md, "Airports"). Dimensions given as NaN take the airspace module's
 * defaults.
 *
 * @param ident ICAO code, also the zone id (e.g. {@code EKCH})
 * @param name human name
 * @param source where the threshold values come from (attribution)
 * @param halfWidthM zone half width either side of each runway centre line, metres, or NaN
 * @param extensionM how far the zone extends beyond each threshold, metres, or NaN
 * @param ceilingAboveRunwayM zone ceiling above the highest threshold, metres, or NaN for none
 * @param clearForS how long the zone must be free of drones before operations may resume, seconds
 * @param runways at least one runway
 */
public record ScenarioAirport(
    String ident,
    String name,
    String source,
    double halfWidthM,
    double extensionM,
    double ceilingAboveRunwayM,
    double clearForS,
    List<ScenarioRunway> runways) {
  public ScenarioAirport {
    Objects.requireNonNull(ident, "airport ident");
    runways = runways == null ? List.of() : List.copyOf(runways);
    if (runways.isEmpty()) {
      throw new IllegalArgumentException("airport " + ident + ": needs at least one runway");
    }
    if (!(clearForS >= 0)) {
      throw new IllegalArgumentException("airport " + ident + ": clearForS must be >= 0");
    }
  }
}
