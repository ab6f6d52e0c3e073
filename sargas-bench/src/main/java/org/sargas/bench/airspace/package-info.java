/**
 * JMH benchmarks of the airspace stage: the cost of one track update in the {@link
 * org.sargas.airspace.monitor.AirspaceMonitor} against the full-resolution borders. Figures and the
 * command that produced them are in docs/benchmarks.md, section "Airspace".
 */
package org.sargas.bench.airspace;
