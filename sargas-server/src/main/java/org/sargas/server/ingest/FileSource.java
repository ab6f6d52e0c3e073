package org.sargas.server.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * Reads a recording as frames of one input: a pcap/pcapng capture (detected by magic number) yields
 * one frame per packet stamped with the capture time — the UDP payload when there is one; for a
 * {@code REMOTE_ID} input, a radio capture's ASTM F3411 payloads (802.11 beacon / NAN, Bluetooth
 * LE, {@link RemoteIdFrames}); else the whole link-layer frame. Any other file is a raw feed
 * stream: ASTERIX split at data-block boundaries, other formats in {@value #RAW_CHUNK}-octet
 * chunks, stamped with the clock (raw streams carry no time of their own). Offsets are file
 * offsets. Stateless; reads the whole file into memory.
 */
public final class FileSource {
  /** Chunk size for raw streams of formats without blocks, octets. */
  public static final int RAW_CHUNK = 65536;

  /**
   * LINKTYPE_ values of radio captures: 802.11, 802.11 + radiotap, Bluetooth LE (LL, LE + PHDR,
   * Nordic).
   */
  private static final Set<Integer> RADIO_LINK_TYPES = Set.of(105, 127, 251, 256, 272);

  private FileSource() {}

  /**
   * @param sourceId the input's id, carried by every frame
   * @param format the input's wire format
   * @param rawClock receive time of chunks of raw (non-capture) files
   * @param stop checked between frames; true ends the read early
   * @return number of frames delivered
   * @throws IOException when the file cannot be read
   */
  public static long read(
      Path file,
      String sourceId,
      FrameFormat format,
      InstantSource rawClock,
      FrameSink frames,
      Consumer<DecodeFailure> failures,
      BooleanSupplier stop)
      throws IOException {
    return read(
        Files.readAllBytes(file),
        file.getFileName().toString(),
        sourceId,
        format,
        (frame, previous) -> rawClock.instant(),
        frames,
        failures,
        stop);
  }

  /** Whether a recording's bytes are a pcap/pcapng capture (its frames carry capture times). */
  public static boolean isCapture(byte[] bytes) {
    return CaptureFormat.detect(bytes) != CaptureFormat.RAW;
  }

  /**
   * Reads a recording already in memory.
   *
   * @param name the file name, for failures
   * @param rawTimes the receive time of each frame of a raw (non-capture) recording
   * @return number of frames delivered
   */
  public static long read(
      byte[] b,
      String name,
      String sourceId,
      FrameFormat format,
      RawFrameClock rawTimes,
      FrameSink frames,
      Consumer<DecodeFailure> failures,
      BooleanSupplier stop) {
    long[] n = new long[1];
    if (isCapture(b)) {
      CaptureReader.read(
          b,
          name,
          p -> {
            if (stop.getAsBoolean()) {
              return;
            }
            Instant t = Instant.ofEpochSecond(0, p.timestampNanos());
            if (format == FrameFormat.REMOTE_ID && RADIO_LINK_TYPES.contains(p.linkType())) {
              n[0] +=
                  RemoteIdFrames.find(
                      p,
                      (link, counter, data, off, len) ->
                          frames.frame(
                              new RawFrame(
                                  sourceId, t, Arrays.copyOfRange(data, off, off + len), format),
                              p.offset()));
              return;
            }
            UdpPayload u = UdpPayload.of(p);
            int off = u != null ? u.offset() : p.offset();
            int len = u != null ? u.length() : p.length();
            frames.frame(
                new RawFrame(sourceId, t, Arrays.copyOfRange(p.data(), off, off + len), format),
                off);
            n[0]++;
          },
          failures);
      return n[0];
    }
    int pos = 0;
    Instant previous = null;
    while (pos < b.length && !stop.getAsBoolean()) {
      int len =
          format == FrameFormat.ASTERIX && pos + 3 <= b.length
              ? Math.max(3, (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff))
              : RAW_CHUNK;
      int end = Math.min(b.length, pos + len);
      byte[] frame = Arrays.copyOfRange(b, pos, end);
      previous = rawTimes.receiveTime(frame, previous);
      frames.frame(new RawFrame(sourceId, previous, frame, format), pos);
      n[0]++;
      pos = end;
    }
    return n[0];
  }
}
