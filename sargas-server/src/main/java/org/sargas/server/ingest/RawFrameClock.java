package org.sargas.server.ingest;

import java.time.Instant;

/**
 * The receive time given to a frame of a raw recording (a file without capture times): the node's
 * clock for a live file input, or a time read from the data for a replay.
 */
@FunctionalInterface
public interface RawFrameClock {
  /**
   * @param frame the frame's bytes
   * @param previous the time given to the previous frame, or null for the first
   * @return the frame's receive time (never null)
   */
  Instant receiveTime(byte[] frame, Instant previous);
}
