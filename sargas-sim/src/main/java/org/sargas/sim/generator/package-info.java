/**
 * Seeded generator of tracker scenarios in the interchange CSV format: fighters and drones, turning
 * targets, births and deaths, detection probability, Poisson clutter and several interleaved
 * sensors; plus the named scenario suite the tests and benchmarks run.
 */
package org.sargas.sim.generator;
