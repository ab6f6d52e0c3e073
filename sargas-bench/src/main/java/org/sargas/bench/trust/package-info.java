/**
 * The spoofing benchmark: the attack library of {@code sargas-sim} through the whole pipeline,
 * scored on how fast each attack is flagged and how often clean traffic is (docs/benchmarks.md,
 * "Spoofing").
 */
package org.sargas.bench.trust;
