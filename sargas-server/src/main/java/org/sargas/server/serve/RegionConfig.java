package org.sargas.server.serve;

import java.util.List;

/**
 * The tracker's local tangent plane origin and the countries whose national airspace is watched.
 *
 * @param originLatDeg plane origin latitude, degrees (default 54.9, Lithuania)
 * @param originLonDeg plane origin longitude, degrees (default 23.9)
 * @param protectedCountries ISO 3166-1 alpha-3 codes (default [LTU])
 */
public record RegionConfig(Double originLatDeg, Double originLonDeg, List<String> protectedCountries) {
  public RegionConfig {
    originLatDeg = originLatDeg == null ? 54.9 : originLatDeg;
    originLonDeg = originLonDeg == null ? 23.9 : originLonDeg;
    protectedCountries = protectedCountries == null ? List.of("LTU") : List.copyOf(protectedCountries);
  }
}
