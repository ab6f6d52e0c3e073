/**
 * {@code sargas serve --kafka}: the live node's Kafka backend (decision 1702). The node's ingested
 * frames go to the Flink job's frames topic; the job's outputs are read back, reassembled into
 * scans in each region's sequence order and committed by the node's {@code ScanCommitter}, so the
 * store, evidence log, API, WebSocket and map work as on a stand-alone node.
 */
package org.sargas.flink.serve;
