package org.sargas.model.frame;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One unit of bytes as received from a sensor feed (a UDP datagram, a Beast message, a text line),
 * stamped with the time the receiving process took it off the socket.
 *
 * <p>The payload array is not copied (frames are created on the ingest hot path): whoever builds a
 * frame hands over the array and must not modify it afterwards. {@link #equals} and {@link
 * #hashCode} compare the payload by content.
 *
 * @param sourceId id of the feed (configured source name, e.g. {@code "lt-radar-1"})
 * @param receiveTime wall-clock time of receipt, from the ingest's injected clock
 * @param payload the frame's bytes exactly as received
 * @param format wire format of the payload
 */
public record RawFrame(String sourceId, Instant receiveTime, byte[] payload, FrameFormat format) {

  public RawFrame {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(receiveTime, "receiveTime");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(format, "format");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawFrame f
        && sourceId.equals(f.sourceId)
        && receiveTime.equals(f.receiveTime)
        && format == f.format
        && Arrays.equals(payload, f.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceId, receiveTime, format) * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "RawFrame["
        + sourceId
        + ", "
        + receiveTime
        + ", "
        + format
        + ", "
        + payload.length
        + " bytes]";
  }
}
