/**
 * {@code ./sargas bench NAME}: one entry point for every benchmark docs/benchmarks.md describes,
 * with no hand-built class path; {@code --format json} prints the figures as one JSON document.
 */
package org.sargas.bench.cli;
