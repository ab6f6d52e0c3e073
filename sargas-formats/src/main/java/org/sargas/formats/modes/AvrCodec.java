package org.sargas.formats.modes;

/**
 * The AVR text framing of Mode S frames used by dump1090/readsb on port 30002: {@code *HEX;}
 * (plain) and {@code @TTTTTTTTTTTTHEX;} (12 hex digits of 12 MHz timestamp first). Static and
 * thread-safe; parsing allocates nothing.
 */
public final class AvrCodec {
  /** Parse result: the line is not an AVR frame. */
  public static final int MALFORMED = -1;

  private AvrCodec() {}

  private static int nibble(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Parses one line (surrounding whitespace allowed).
   *
   * @param frame receives the octets (at least 14 long)
   * @param timestamp12Mhz {@code [0]} receives the timestamp of an {@code @} line, else -1
   * @return the number of frame octets (2, 7 or 14), or {@link #MALFORMED}
   */
  public static int parse(CharSequence line, byte[] frame, long[] timestamp12Mhz) {
    int start = 0;
    int end = line.length();
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (end - start < 3 || line.charAt(end - 1) != ';') {
      return MALFORMED;
    }
    char kind = line.charAt(start);
    int p = start + 1;
    timestamp12Mhz[0] = -1;
    if (kind == '@') {
      if (end - p < 13) {
        return MALFORMED;
      }
      long ts = 0;
      for (int k = 0; k < 12; k++) {
        int n = nibble(line.charAt(p++));
        if (n < 0) {
          return MALFORMED;
        }
        ts = (ts << 4) | n;
      }
      timestamp12Mhz[0] = ts;
    } else if (kind != '*') {
      return MALFORMED;
    }
    int hexLen = end - 1 - p;
    if (hexLen != 4 && hexLen != 14 && hexLen != 28) {
      return MALFORMED;
    }
    for (int k = 0; k < hexLen / 2; k++) {
      int hi = nibble(line.charAt(p + 2 * k));
      int lo = nibble(line.charAt(p + 2 * k + 1));
      if (hi < 0 || lo < 0) {
        return MALFORMED;
      }
      frame[k] = (byte) (hi << 4 | lo);
    }
    return hexLen / 2;
  }

  /** Formats a frame as a plain AVR line {@code *HEX;} (upper case, no newline). */
  public static String format(byte[] frame, int off, int len) {
    StringBuilder s = new StringBuilder(len * 2 + 2).append('*');
    for (int k = 0; k < len; k++) {
      s.append(Character.toUpperCase(Character.forDigit((frame[off + k] >> 4) & 0xf, 16)));
      s.append(Character.toUpperCase(Character.forDigit(frame[off + k] & 0xf, 16)));
    }
    return s.append(';').toString();
  }
}
