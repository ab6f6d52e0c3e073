package org.sargas.flink.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * The value of a record on topic {@code sargas.frames} (its key is the source id, UTF-8): a {@link
 * RawFrame}'s receive time, format and bytes. Big-endian:
 *
 * <pre>
 * version u8 = 1 | receive epoch second i64 | receive nano-of-second i32
 *   | format name length u8 | format name ASCII (FrameFormat constant) | payload
 * </pre>
 */
public final class FrameCodec {
  /** The format version written. */
  public static final int VERSION = 1;

  private FrameCodec() {}

  /** The record value of a frame. */
  public static byte[] encode(RawFrame f) {
    byte[] format = f.format().name().getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(1 + 8 + 4 + 1 + format.length + f.payload().length);
    b.put((byte) VERSION)
        .putLong(f.receiveTime().getEpochSecond())
        .putInt(f.receiveTime().getNano())
        .put((byte) format.length)
        .put(format)
        .put(f.payload());
    return b.array();
  }

  /**
   * The frame of a record.
   *
   * @param sourceId the record's key
   * @throws IllegalArgumentException naming the source, the offset and what is wrong, for a value
   *     that is not a frame of this format
   */
  public static RawFrame decode(String sourceId, long offset, byte[] value) {
    if (value == null || value.length < 14) {
      throw bad(sourceId, offset, "value shorter than 14 bytes");
    }
    ByteBuffer b = ByteBuffer.wrap(value);
    int version = b.get() & 0xff;
    if (version != VERSION) {
      throw bad(sourceId, offset, "frame format version " + version + ", expected " + VERSION);
    }
    long second = b.getLong();
    int nano = b.getInt();
    int n = b.get() & 0xff;
    if (nano < 0 || nano > 999_999_999 || b.remaining() < n) {
      throw bad(sourceId, offset, "bad receive time or format name");
    }
    byte[] name = new byte[n];
    b.get(name);
    FrameFormat format;
    try {
      format = FrameFormat.valueOf(new String(name, StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw bad(
          sourceId, offset, "unknown frame format " + new String(name, StandardCharsets.US_ASCII));
    }
    byte[] payload = new byte[b.remaining()];
    b.get(payload);
    return new RawFrame(sourceId, Instant.ofEpochSecond(second, nano), payload, format);
  }

  private static IllegalArgumentException bad(String sourceId, long offset, String reason) {
    return new IllegalArgumentException(
        "frame of source " + sourceId + " at offset " + offset + ": " + reason);
  }
}
