/**
 * JMH benchmarks of the wire formats: ASTERIX CAT048/062/021 decode and encode, Beast + Mode S
 * decode and SBS parsing, per record, with allocation measured by {@code -prof gc}. Inputs are
 * produced by Sargas's own encoders from seeded random traffic (docs/benchmarks.md).
 */
package org.sargas.bench.formats;
