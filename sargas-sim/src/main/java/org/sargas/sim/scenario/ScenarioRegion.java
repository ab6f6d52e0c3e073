package org.sargas.sim.scenario;

import java.util.List;

/**
 * Where the scenario plays.
 *
 * @param originLatDeg origin of the local tangent plane the tracker works in
 * @param originLonDeg origin longitude
 * @param protectedCountries ISO alpha-3 codes whose national airspace is watched (e.g. LTU)
 * @param zonesResource optional classpath resource or file of extra GeoJSON zones (airports, sites)
 */
public record ScenarioRegion(
    double originLatDeg,
    double originLonDeg,
    List<String> protectedCountries,
    String zonesResource) {
  public ScenarioRegion {
    protectedCountries = protectedCountries == null ? List.of() : List.copyOf(protectedCountries);
  }
}
