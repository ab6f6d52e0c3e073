/**
 * Plain-text track input for the monitor: CSV files of timed positions per track (the format of
 * {@code sargas monitor --tracks}). Malformed lines become counted {@link
 * org.sargas.airspace.csv.InputFailure} values naming the source, line and reason.
 */
package org.sargas.airspace.csv;
