/**
 * Tracker benchmarks: JMH throughput and latency at 10 to 10,000 targets, heap per live track, and
 * the accuracy comparison of the tracker's configurations on the scenario suite.
 */
package org.sargas.bench.track;
