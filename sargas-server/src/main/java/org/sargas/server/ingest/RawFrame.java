package org.sargas.server.ingest;

import java.time.Instant;

/**
 * Bytes as they arrived from a sensor, with when and from where.
 *
 * @param receiveTime when the frame was received (capture timestamp for files)
 * @param source where it came from ("file.pcap", "udp:10.0.0.1:8600", "tcp:host:30005")
 * @param bytes the payload (UDP datagram, TCP chunk, link-layer frame)
 * @param sourceOffset offset of {@code bytes[0]} in the source file, or a running byte count
 */
public record RawFrame(Instant receiveTime, String source, byte[] bytes, long sourceOffset) {}
