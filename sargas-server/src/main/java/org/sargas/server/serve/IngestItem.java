package org.sargas.server.serve;

import java.time.Instant;
import org.sargas.model.frame.RawFrame;

/**
 * One item of the ingest queue: a received frame, or (frame null) a clock tick that lets the
 * pipeline advance its watermark while no frames arrive.
 *
 * @param frame the frame (source id = input id), or null for a tick
 * @param sourceOffset the frame's byte offset in its source stream
 * @param receiveNanos {@link System#nanoTime()} at receipt (latency measurement)
 * @param tickTime the clock at the tick, for ticks
 */
public record IngestItem(RawFrame frame, long sourceOffset, long receiveNanos, Instant tickTime) {
  /** A tick. */
  public static IngestItem tick(Instant time) {
    return new IngestItem(null, 0, System.nanoTime(), time);
  }
}
