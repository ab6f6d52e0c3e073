/**
 * Zones as geometry: a {@link org.sargas.model.airspace.Zone} with its horizontal polygon(s), fast
 * point-in-zone tests, geodesic distance to the boundary (the depth of a violation) and the
 * crossings of a path with the boundary. Zones come from national borders, GeoJSON files, OpenAir
 * files and airport runway tables. Geometry uses x = longitude, y = latitude, degrees, WGS84.
 */
package org.sargas.airspace.zone;
