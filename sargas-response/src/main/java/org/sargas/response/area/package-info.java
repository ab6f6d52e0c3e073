/**
 * Where things are, as the caller knows it: small functional interfaces for "inside the protected
 * area" ({@link org.sargas.response.area.AreaTest}) and "inside sensor coverage" ({@link
 * org.sargas.response.area.CoverageTest}), protected sites and collateral keep-out areas. The
 * response stage holds no border or zone geometry of its own (that is the airspace stage); the
 * pipeline passes it in through these interfaces. Circle and polygon implementations serve the
 * default catalogues and tests.
 */
package org.sargas.response.area;
