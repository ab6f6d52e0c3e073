package org.sargas.formats.asterix;

import java.nio.ByteBuffer;

/**
 * Writes ASTERIX data-block framing and record FSPECs into a {@link ByteBuffer} without allocating.
 * A block is {@link #begin begun}, records are appended by a category encoder, and {@link #end}
 * patches the LEN field.
 */
public final class AsterixBlockWriter {
  private AsterixBlockWriter() {}

  /**
   * Writes CAT and a placeholder LEN at the buffer's position.
   *
   * @return the block's start position, for {@link #end}
   */
  public static int begin(ByteBuffer out, int category) {
    int start = out.position();
    out.put((byte) category);
    out.putShort((short) 0);
    return start;
  }

  /**
   * Patches the LEN of the block begun at {@code start}.
   *
   * @return the block length in octets
   * @throws IllegalStateException when the block exceeds 65535 octets
   */
  public static int end(ByteBuffer out, int start) {
    int len = out.position() - start;
    if (len > 0xffff) {
      throw new IllegalStateException("ASTERIX data block of " + len + " octets exceeds 65535");
    }
    out.putShort(start + 1, (short) len);
    return len;
  }

  /**
   * Writes the FSPEC for the given presence mask (bit {@code k} set = FRN {@code k + 1} present)
   * with FX chaining, using as few octets as the highest present FRN needs.
   */
  public static void fspec(ByteBuffer out, long presentFrns) {
    int highest = 63 - Long.numberOfLeadingZeros(presentFrns);
    int octets = highest < 0 ? 1 : highest / 7 + 1;
    for (int o = 0; o < octets; o++) {
      int v = 0;
      for (int k = 0; k < 7; k++) {
        int frn = o * 7 + k;
        if ((presentFrns >>> frn & 1) != 0) {
          v |= 0x80 >>> k;
        }
      }
      if (o < octets - 1) {
        v |= 1;
      }
      out.put((byte) v);
    }
  }

  /** Writes a 24-bit unsigned big-endian value. */
  public static void put24(ByteBuffer out, int v) {
    out.put((byte) (v >>> 16));
    out.put((byte) (v >>> 8));
    out.put((byte) v);
  }

  /** Writes {@code text} as ICAO 6-bit characters into {@code chars * 6} bits, space padded. */
  public static void putIcaoChars(ByteBuffer out, CharSequence text, int chars) {
    long bits = 0;
    for (int k = 0; k < chars; k++) {
      char ch = k < text.length() ? Character.toUpperCase(text.charAt(k)) : ' ';
      int code;
      if (ch >= 'A' && ch <= 'Z') {
        code = ch - 'A' + 1;
      } else if (ch >= '0' && ch <= '9') {
        code = 48 + ch - '0';
      } else {
        code = 32;
      }
      bits = (bits << 6) | code;
    }
    for (int shift = chars * 6 - 8; shift >= 0; shift -= 8) {
      out.put((byte) (bits >>> shift));
    }
  }

  /** Rounds to the nearest integer and clamps it to a signed 16-bit field. */
  public static short clamp16(double v) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
  }

  /** Seconds since midnight as the 24-bit 1/128 s time of day (wraps at 24 h). */
  public static int timeOfDay128(double timeOfDayS) {
    long v = Math.round(timeOfDayS * 128.0);
    return (int) Math.floorMod(v, 86_400L * 128L) & 0xffffff;
  }
}
