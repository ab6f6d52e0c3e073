package org.sargas.server.ingest;

import org.sargas.model.frame.RawFrame;

/** Receives the frames a source reads, on the source's thread, in order. */
@FunctionalInterface
public interface FrameSink {
  /**
   * @param frame the frame: the input's id, its receive time, the bytes and the input's format
   * @param sourceOffset offset of the frame's first byte in its feed (file offset, or the running
   *     byte count of a socket), for failure messages
   */
  void frame(RawFrame frame, long sourceOffset);
}
