/**
 * Observations converted once, at the tracker's edge, into {@link
 * org.sargas.track.measurement.Detection}s in the tracker's local tangent plane: radar plots to
 * debiased converted positions (with slant-range projection by altitude), ADS-B / Remote ID
 * positions through WGS84, planar positions as they are, bearings kept as bearings.
 */
package org.sargas.track.measurement;
