package org.sargas.server.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;

/**
 * Replays a recording as {@link RawFrame}s: a pcap/pcapng capture (detected by magic number)
 * yields one frame per packet — the UDP payload when there is one, else the whole link-layer frame
 * (Remote ID radio captures) — stamped with the capture time; any other file is a raw feed stream
 * yielded in chunks stamped with a fixed start time (raw streams carry no time of their own).
 * Offsets are file offsets. Stateless; reads the whole file into memory.
 */
public final class FileSource {
  /** Chunk size for raw streams, octets. */
  public static final int RAW_CHUNK = 65536;

  private FileSource() {}

  /**
   * @param rawStart receive time given to chunks of raw (non-capture) files
   * @return number of frames delivered
   * @throws IOException when the file cannot be read
   */
  public static long replay(Path file, Instant rawStart, Consumer<RawFrame> frames, Consumer<DecodeFailure> failures)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.toString();
    if (CaptureFormat.detect(bytes) == CaptureFormat.RAW) {
      long n = 0;
      for (int off = 0; off < bytes.length; off += RAW_CHUNK) {
        frames.accept(new RawFrame(rawStart, name, Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + RAW_CHUNK)), off));
        n++;
      }
      return n;
    }
    long[] n = new long[1];
    CaptureReader.read(bytes, name, p -> {
      Instant t = Instant.ofEpochSecond(0, p.timestampNanos());
      UdpPayload u = UdpPayload.of(p);
      int off = u != null ? u.offset() : p.offset();
      int len = u != null ? u.length() : p.length();
      frames.accept(new RawFrame(t, name, Arrays.copyOfRange(p.data(), off, off + len), off));
      n[0]++;
    }, failures);
    return n[0];
  }
}
