package org.sargas.server.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import org.sargas.model.frame.FrameFormat;
import org.sargas.server.ingest.FileSource;
import org.sargas.server.ingest.FrameSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file input, read once on a virtual thread through {@link FileSource} (captures stamped with
 * their capture time, raw streams with the clock).
 */
public final class FileInput implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileInput.class);
  private final Path path;
  private final String sourceId;
  private final FrameFormat format;
  private final InstantSource clock;
  private final FrameSink sink;
  private volatile boolean closed;
  private Thread thread;

  /**
   * @param sourceId the input's id
   * @param format the input's wire format
   */
  public FileInput(
      Path path, String sourceId, FrameFormat format, InstantSource clock, FrameSink sink) {
    this.path = path;
    this.sourceId = sourceId;
    this.format = format;
    this.clock = clock;
    this.sink = sink;
  }

  /** Starts reading; returns this. */
  public FileInput start() {
    thread = Thread.ofVirtual().name("file:" + path).start(this::run);
    return this;
  }

  private void run() {
    try {
      FileSource.read(
          path, sourceId, format, clock, sink, f -> LOG.warn("file input: {}", f), () -> closed);
    } catch (IOException e) {
      LOG.error("file input {}: {}", path, e.toString());
    }
  }

  @Override
  public void close() {
    closed = true;
    if (thread != null) {
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
