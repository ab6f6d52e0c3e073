/**
 * National territory (land plus the 12 NM territorial sea) per country, from OpenStreetMap via the
 * npm package {@code @geo-maps/countries-maritime-10m} (ODbL; see docs/airspace.md). The build cuts
 * the world file to the eastern-flank region with {@link org.sargas.airspace.borders.BorderCutter};
 * {@link org.sargas.airspace.borders.CountryBorders} loads it and answers which country a point is
 * in. Geometries use x = longitude, y = latitude, degrees, WGS84.
 */
package org.sargas.airspace.borders;
