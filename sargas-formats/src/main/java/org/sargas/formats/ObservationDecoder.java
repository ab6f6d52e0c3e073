package org.sargas.formats;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.model.observation.Observation;

/**
 * The pipeline's view of a wire format: the bytes of one received frame (a UDP datagram, a TCP
 * chunk) in, {@link Observation}s and {@link DecodeFailure}s out. Implementations may keep the
 * state their format demands (CPR pairs, a partial Beast frame across TCP chunks) and are then
 * owned by one feed and one thread.
 */
public interface ObservationDecoder {
  /**
   * @param receiveTime when the frame arrived (resolves ASTERIX time of day; the event time of
   *     Mode S, which carries none)
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
      Consumer<Observation> observations,
      Consumer<DecodeFailure> failures);
}
