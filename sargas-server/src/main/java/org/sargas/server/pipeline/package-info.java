/**
 * The pipeline wiring of the embedded server: observations → tracker → airspace monitor, and the
 * headless scenario run built on it (violations, runway-suspension alerts, early warnings and last
 * known states, each also measured on the ground truth where it applies). Stage classes come from
 * the stage modules; this package only connects them.
 */
package org.sargas.server.pipeline;
