package org.sargas.response.search;

import org.sargas.model.geo.GeoPoint;

/**
 * One cell of a {@link ProbabilityGrid}.
 *
 * @param column column index, eastwards from 0
 * @param row row index, northwards from 0
 * @param centre the cell's centre
 * @param probability probability that the drone came down in this cell, [0, 1]
 */
public record GridCell(int column, int row, GeoPoint centre, double probability) {}
