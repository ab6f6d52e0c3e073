/**
 * Simulated sensors that speak real wire formats over real sockets: ASTERIX CAT048 plots and CAT034
 * north markers over UDP for radars, Mode-S Beast over TCP for ADS-B receivers, driven by a
 * (possibly accelerated) clock. Used by {@code sargas demo}, the serve tests and benchmarks.
 */
package org.sargas.sim.wire;
