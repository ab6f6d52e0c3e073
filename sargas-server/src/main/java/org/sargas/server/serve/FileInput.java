package org.sargas.server.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.function.Consumer;
import org.sargas.model.frame.FrameFormat;
import org.sargas.server.ingest.CaptureFormat;
import org.sargas.server.ingest.CaptureReader;
import org.sargas.server.ingest.RawFrame;
import org.sargas.server.ingest.RemoteIdFrames;
import org.sargas.server.ingest.UdpPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file input, read once on a virtual thread: a pcap/pcapng capture (UDP payloads, stamped with
 * the capture time; for {@code REMOTE_ID} inputs a radio capture's F3411 payloads, found in 802.11
 * beacons, NAN action frames or Bluetooth LE advertisements) or a raw stream (ASTERIX split at data-block boundaries, other formats in
 * 16 KiB chunks, stamped with the clock).
 */
public final class FileInput implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileInput.class);
  /** LINKTYPE_ values of radio captures: 802.11, 802.11 + radiotap, Bluetooth LE (LL, LE + PHDR, Nordic). */
  private static final java.util.Set<Integer> RADIO_LINK_TYPES = java.util.Set.of(105, 127, 251, 256, 272);
  private final Path path;
  private final FrameFormat format;
  private final InstantSource clock;
  private final Consumer<RawFrame> sink;
  private volatile boolean closed;
  private Thread thread;

  public FileInput(Path path, FrameFormat format, InstantSource clock, Consumer<RawFrame> sink) {
    this.path = path;
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
    byte[] b;
    try {
      b = Files.readAllBytes(path);
    } catch (IOException e) {
      LOG.error("file input {}: {}", path, e.toString());
      return;
    }
    String name = path.getFileName().toString();
    if (CaptureFormat.detect(b) != CaptureFormat.RAW) {
      CaptureReader.read(b, name, p -> {
        if (closed) {
          return;
        }
        if (format == FrameFormat.REMOTE_ID && RADIO_LINK_TYPES.contains(p.linkType())) {
          // A radio capture (802.11 beacon / NAN, Bluetooth LE): one frame per F3411 payload.
          RemoteIdFrames.find(p, (link, counter, data, off, len) -> sink.accept(new RawFrame(
              Instant.ofEpochSecond(0, p.timestampNanos()), name, Arrays.copyOfRange(data, off, off + len),
              p.offset())));
          return;
        }
        UdpPayload u = UdpPayload.of(p);
        if (u != null) {
          sink.accept(new RawFrame(Instant.ofEpochSecond(0, p.timestampNanos()), name,
              Arrays.copyOfRange(p.data(), u.offset(), u.offset() + u.length()), p.offset()));
        }
      }, f -> LOG.warn("file input: {}", f));
      return;
    }
    int pos = 0;
    while (pos < b.length && !closed) {
      int len;
      if (format == FrameFormat.ASTERIX && pos + 3 <= b.length) {
        len = Math.max(3, (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff));
      } else {
        len = 16384;
      }
      int end = Math.min(b.length, pos + len);
      sink.accept(new RawFrame(clock.instant(), name, Arrays.copyOfRange(b, pos, end), pos));
      pos = end;
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
