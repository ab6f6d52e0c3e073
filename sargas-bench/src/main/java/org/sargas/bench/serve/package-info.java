/**
 * End-to-end load benchmark of {@code sargas serve}: a synthetic radar sends CAT048 plots of
 * thousands of targets over loopback UDP into an in-process node; measures reports/s through the
 * whole pipeline and the latency from datagram to violation on the WebSocket.
 */
package org.sargas.bench.serve;
