package org.sargas.flink.job;

import java.time.Instant;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * A raw frame as it travels through the job (Flink serialises it as a POJO): the {@link RawFrame}
 * of a sensor feed with its receive time in epoch nanoseconds, which is the record's event time.
 *
 * @param sourceId id of the feed (the Kafka key of topic {@code sargas.frames})
 * @param receiveNanos receive time, epoch ns
 * @param format wire format of the payload
 * @param payload the frame's bytes exactly as received
 * @param sourceOffset where the frame was read: its Kafka offset, or its index in a recording
 *     (named in decode errors)
 */
public record FrameRecord(
    String sourceId, long receiveNanos, FrameFormat format, byte[] payload, long sourceOffset) {
  /** The frame of a {@link RawFrame}. */
  public static FrameRecord of(RawFrame f, long sourceOffset) {
    Instant t = f.receiveTime();
    return new FrameRecord(
        f.sourceId(),
        t.getEpochSecond() * 1_000_000_000L + t.getNano(),
        f.format(),
        f.payload(),
        sourceOffset);
  }

  /** The {@link RawFrame} (the payload is not copied). */
  public RawFrame toRawFrame() {
    return new RawFrame(sourceId, receiveTime(), payload, format);
  }

  /** The receive time. */
  public Instant receiveTime() {
    return Instant.ofEpochSecond(0, receiveNanos);
  }

  /** Flink event time, ms (floor). */
  public long eventTimeMs() {
    return Math.floorDiv(receiveNanos, 1_000_000L);
  }
}
