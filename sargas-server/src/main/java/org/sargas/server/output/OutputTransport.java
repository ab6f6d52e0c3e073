package org.sargas.server.output;

/**
 * Where an output's messages go. {@link #send} never blocks for long: a message that cannot go now
 * is dropped and counted by the implementation (the next update carries the picture again).
 */
public interface OutputTransport extends AutoCloseable {
  /** Sends one message (a datagram, or one framed message on a stream). */
  void send(byte[] message);

  /** Messages sent. */
  long sent();

  /** Messages dropped (not connected, queue full, send error). */
  long dropped();

  @Override
  void close();
}
