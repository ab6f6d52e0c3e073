/**
 * JMH benchmarks of sargas-store: frame-journal append throughput under each fsync policy,
 * evidence-log append and checkpoint signing, and incident-store upsert rate on SQLite. Figures and
 * the command that produced them are in docs/benchmarks.md, section "Store".
 */
package org.sargas.bench.store;
