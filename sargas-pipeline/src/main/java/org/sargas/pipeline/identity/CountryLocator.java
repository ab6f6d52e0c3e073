package org.sargas.pipeline.identity;

/** The territory under a point: an ISO alpha-3 code, or null over the sea or outside the data. */
@FunctionalInterface
public interface CountryLocator {
  String countryAt(double latDeg, double lonDeg);
}
