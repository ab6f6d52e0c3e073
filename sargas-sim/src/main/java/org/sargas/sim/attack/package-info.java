/**
 * Scripted attacks on cooperative surveillance, for the trust stage's tests and the {@code
 * spoofing} benchmark: clean traffic, GNSS position offset of one aircraft, area spoofing and
 * jamming (the Baltic pattern), a ghost aircraft from a ground transmitter, a replayed and a
 * teleporting Remote ID drone. Observation-level, deterministic for a seed.
 */
package org.sargas.sim.attack;
