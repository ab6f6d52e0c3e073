package org.sargas.formats;

/** Big-endian bit reads and writes on byte arrays (ASTERIX and Mode S transmit MSB first). */
public final class Bits {
  private Bits() {}

  /**
   * The unsigned value of {@code bits} bits (0..64) starting {@code bitOffset} bits after {@code
   * byteOffset}. The caller guarantees the bits lie inside the array.
   */
  public static long unsigned(byte[] b, int byteOffset, long bitOffset, int bits) {
    long v = 0;
    long pos = byteOffset * 8L + bitOffset;
    int remaining = bits;
    while (remaining > 0) {
      int idx = (int) (pos >>> 3);
      int inByte = (int) (pos & 7);
      int take = Math.min(8 - inByte, remaining);
      int cur = (b[idx] & 0xff) >>> (8 - inByte - take);
      v = (v << take) | (cur & ((1 << take) - 1));
      remaining -= take;
      pos += take;
    }
    return v;
  }

  /** Two's complement sign extension of the low {@code bits} bits of {@code v}. */
  public static long signExtend(long v, int bits) {
    if (bits >= 64) {
      return v;
    }
    int shift = 64 - bits;
    return (v << shift) >> shift;
  }

  /** Unsigned big-endian 16-bit value at {@code off}. */
  public static int u16(byte[] b, int off) {
    return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
  }

  /** Unsigned big-endian 24-bit value at {@code off}. */
  public static int u24(byte[] b, int off) {
    return ((b[off] & 0xff) << 16) | ((b[off + 1] & 0xff) << 8) | (b[off + 2] & 0xff);
  }
}
