package org.sargas.store.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * The journal's on-disk format, version 1. All integers big-endian.
 *
 * <pre>
 * segment file  NNNNNNNNNNNNNNNNNNNN.seg  (20-digit decimal sequence number of its first record)
 *   header  16 bytes: magic "SGJ1" (4) | version u16 = 1 | header length u16 = 16 | first sequence i64
 *   record* :          body length u32 | CRC32C(body) u32 | body
 *   body            :  sequence i64 | receive epoch second i64 | receive nano-of-second i32
 *                      | format code u8 | source id length u16 | source id UTF-8 | payload
 * </pre>
 *
 * <p>Sequence numbers start at 0 and increase by exactly one per record across segments. The CRC is
 * CRC32C (Castagnoli, RFC 3720 appendix B.4) over the body bytes. A reader accepts a record only if
 * its length is within [{@link #MIN_BODY_BYTES}, {@link #MAX_BODY_BYTES}], all its bytes are
 * present, the CRC matches and the sequence is the expected one.
 */
public final class JournalFormat {
  /** "SGJ1". */
  public static final int MAGIC = 0x53474A31;

  /** Format version written in every segment header. */
  public static final int VERSION = 1;

  /** Bytes of the segment header. */
  public static final int SEGMENT_HEADER_BYTES = 16;

  /** Bytes of the per-record prefix (length + CRC). */
  public static final int RECORD_PREFIX_BYTES = 8;

  /** Smallest legal body: fixed fields with an empty source id and empty payload. */
  public static final int MIN_BODY_BYTES = 8 + 8 + 4 + 1 + 2;

  /** Largest legal body (16 MiB): guards against reading a corrupt length as a huge record. */
  public static final int MAX_BODY_BYTES = 16 << 20;

  /** File-name suffix of segments. */
  public static final String SEGMENT_SUFFIX = ".seg";

  private JournalFormat() {}

  /** Stable one-byte code of a frame format (never the enum ordinal). */
  static int formatCode(FrameFormat format) {
    switch (format) {
      case ASTERIX:
        return 1;
      case BEAST:
        return 2;
      case AVR:
        return 3;
      case SBS:
        return 4;
      case REMOTE_ID:
        return 5;
      case SAPIENT:
        return 6;
      default:
        throw new IllegalArgumentException("no journal code for " + format);
    }
  }

  /** Frame format of a code, or null when the code is unknown. */
  static FrameFormat formatOf(int code) {
    switch (code) {
      case 1:
        return FrameFormat.ASTERIX;
      case 2:
        return FrameFormat.BEAST;
      case 3:
        return FrameFormat.AVR;
      case 4:
        return FrameFormat.SBS;
      case 5:
        return FrameFormat.REMOTE_ID;
      case 6:
        return FrameFormat.SAPIENT;
      default:
        return null;
    }
  }

  /** File name of the segment whose first record has {@code firstSequence}. */
  static String segmentName(long firstSequence) {
    return String.format("%020d%s", firstSequence, SEGMENT_SUFFIX);
  }

  /** First sequence encoded in a segment file name, or -1 if the name is not a segment name. */
  static long firstSequenceOf(String fileName) {
    if (!fileName.endsWith(SEGMENT_SUFFIX) || fileName.length() != 20 + SEGMENT_SUFFIX.length()) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < 20; i++) {
      char c = fileName.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Writes a segment header at the buffer's position. */
  static void writeHeader(ByteBuffer out, long firstSequence) {
    out.putInt(MAGIC)
        .putShort((short) VERSION)
        .putShort((short) SEGMENT_HEADER_BYTES)
        .putLong(firstSequence);
  }

  /** Encoded size of a frame's record including the prefix. */
  static int recordBytes(RawFrame frame, byte[] sourceUtf8) {
    return RECORD_PREFIX_BYTES + MIN_BODY_BYTES + sourceUtf8.length + frame.payload().length;
  }

  /**
   * Encodes one record at the position of a heap buffer (which must have room for {@link
   * #recordBytes} bytes). Allocates nothing.
   *
   * @param crc a reusable CRC32C instance (reset here)
   */
  static void writeRecord(
      ByteBuffer out, long sequence, RawFrame frame, byte[] sourceUtf8, CRC32C crc) {
    if (sourceUtf8.length > 0xFFFF) {
      throw new IllegalArgumentException("source id longer than 65535 bytes");
    }
    int bodyLength = MIN_BODY_BYTES + sourceUtf8.length + frame.payload().length;
    if (bodyLength > MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "frame of " + frame.payload().length + " bytes exceeds the journal record limit");
    }
    int start = out.position();
    out.putInt(bodyLength).putInt(0);
    int bodyStart = out.position();
    Instant t = frame.receiveTime();
    out.putLong(sequence)
        .putLong(t.getEpochSecond())
        .putInt(t.getNano())
        .put((byte) formatCode(frame.format()))
        .putShort((short) sourceUtf8.length)
        .put(sourceUtf8)
        .put(frame.payload());
    crc.reset();
    crc.update(out.array(), out.arrayOffset() + bodyStart, bodyLength);
    out.putInt(start + 4, (int) crc.getValue());
  }

  /** UTF-8 bytes of a source id. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
