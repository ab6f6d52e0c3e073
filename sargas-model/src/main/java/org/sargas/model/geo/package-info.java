/**
 * WGS84 geodesy: geodetic points, ECEF and local east-north-up (ENU) frames, geodesic distance and
 * interpolation. Built on GeographicLib (Karney); all angles in degrees unless a name says radians.
 */
package org.sargas.model.geo;
