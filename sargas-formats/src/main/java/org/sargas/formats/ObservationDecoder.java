package org.sargas.formats;

import java.time.Instant;

/**
 * The pipeline's view of a wire format: the bytes of one received frame (a UDP datagram, a TCP
 * chunk, a text chunk) in, {@link org.sargas.model.observation.Observation}s and {@link
 * DecodeFailure}s out. There is one implementation per wire format and every runtime (serve,
 * replay, demo, decode, benchmarks) uses it; {@link org.sargas.formats.feed.ObservationDecoders}
 * builds the right one for an input. Implementations keep the state their format demands (CPR
 * pairs, a partial Beast frame or text line across TCP chunks) and are then owned by one feed and
 * one thread.
 */
public interface ObservationDecoder {
  /**
   * @param receiveTime when the frame arrived (resolves ASTERIX time of day; the event time of Mode
   *     S, SBS and Remote ID, which carry none usable)
   * @param source feed name for failures
   * @param sourceOffset offset of {@code bytes[off]} in the feed, for failures
   * @return number of observations delivered
   */
  int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener);
}
