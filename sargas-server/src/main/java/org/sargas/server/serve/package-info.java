/**
 * {@code sargas serve}: configuration, the serve node (ingest sources, the single pipeline thread,
 * timers), frame decoding, plausibility gate, live picture and sensor status, metrics.
 */
package org.sargas.server.serve;
