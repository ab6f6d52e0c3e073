/**
 * Reading and writing GeoJSON (RFC 7946) features into JTS geometries with their properties. A
 * small JSON parser of our own keeps coordinates as {@code double[]} so that large border files
 * load quickly; malformed input is reported as a {@link
 * org.sargas.airspace.geojson.GeoDataException} naming the source, the character offset and the
 * reason.
 */
package org.sargas.airspace.geojson;
