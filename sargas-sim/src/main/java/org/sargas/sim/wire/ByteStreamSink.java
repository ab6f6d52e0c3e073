package org.sargas.sim.wire;

/**
 * Where a simulated stream feed writes its bytes: a {@link TcpFeedServer} the node connects to, or
 * a client connection the feed made to the node. Must be thread-safe for one writer.
 */
@FunctionalInterface
public interface ByteStreamSink {
  /** Writes {@code b[off, off + len)}; never throws (a lost peer is the sink's business). */
  void write(byte[] b, int off, int len);
}
