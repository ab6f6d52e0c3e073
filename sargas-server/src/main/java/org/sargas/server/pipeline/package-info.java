/**
 * The pipeline wiring of the embedded server: observations → tracker → airspace monitor, and the
 * headless scenario run built on it. Stage classes come from the stage modules; this package only
 * connects them.
 */
package org.sargas.server.pipeline;
