package org.sargas.server.config;

import java.util.List;

/**
 * The tracker's local tangent plane origin and the countries whose national airspace is watched.
 *
 * @param originLatDeg plane origin latitude, degrees (default 54.9, Lithuania)
 * @param originLonDeg plane origin longitude, degrees (default 23.9)
 * @param protectedCountries ISO 3166-1 alpha-3 codes (default [LTU])
 * @param zoneFiles further watched zones: GeoJSON or OpenAir files (or classpath resources), e.g.
 *     restricted areas and protected sites (default none)
 * @param airports airports whose drone protection zones are watched, with runway suspension
 *     (default none)
 */
public record RegionConfig(
    Double originLatDeg,
    Double originLonDeg,
    List<String> protectedCountries,
    List<String> zoneFiles,
    List<AirportConfig> airports) {
  public RegionConfig {
    originLatDeg = originLatDeg == null ? 54.9 : originLatDeg;
    originLonDeg = originLonDeg == null ? 23.9 : originLonDeg;
    protectedCountries =
        protectedCountries == null ? List.of("LTU") : List.copyOf(protectedCountries);
    zoneFiles = zoneFiles == null ? List.of() : List.copyOf(zoneFiles);
    airports = airports == null ? List.of() : List.copyOf(airports);
  }

  /** A region with national airspaces only. */
  public RegionConfig(Double originLatDeg, Double originLonDeg, List<String> protectedCountries) {
    this(originLatDeg, originLonDeg, protectedCountries, null, null);
  }
}
