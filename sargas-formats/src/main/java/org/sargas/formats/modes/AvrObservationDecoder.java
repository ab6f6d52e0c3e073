package org.sargas.formats.modes;

import java.time.Instant;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.TextLines;

/**
 * AVR text ({@code *8D…;} or {@code @<12 hex MLAT>…;} lines, as dump1090 serves on port 30002) of
 * one receiver to observations: lines reassembled across chunks, Mode S frames decoded by the
 * receiver's {@link ModeSReceiver} state, event time = receive time. A malformed line is a {@link
 * DecodeFailure} at its offset. Not thread-safe: one per feed.
 */
public final class AvrObservationDecoder implements ObservationDecoder {
  private final ModeSReceiver receiver;
  private final TextLines lines = new TextLines();
  private final byte[] frame = new byte[14];
  private final long[] timestamp = new long[1];

  /**
   * @param receiver the receiver's id, site (local CPR decoding) and default error
   */
  public AvrObservationDecoder(SensorCalibration receiver) {
    this.receiver = new ModeSReceiver(receiver);
  }

  @Override
  public int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener) {
    int[] count = {0};
    lines.feed(
        bytes,
        off,
        len,
        sourceOffset,
        (l, at) -> {
          int n = AvrCodec.parse(l, frame, timestamp);
          if (n == AvrCodec.MALFORMED) {
            listener.failure(new DecodeFailure(source, at, "malformed AVR line"));
          } else if (n == 7 || n == 14) {
            count[0] += receiver.frame(frame, 0, n, receiveTime, source, at, listener);
          }
        });
    return count[0];
  }
}
