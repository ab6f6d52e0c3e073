package org.sargas.formats.modes;

/**
 * The Mode S 24-bit parity (ICAO Annex 10 Vol IV, 3.1.2.3.3: generator polynomial 0x1FFF409), table
 * driven, with the syndromes of single-bit errors for optional correction. Thread-safe.
 */
public final class ModeSCrc {
  private static final int POLY = 0xFFF409;
  private static final int[] TABLE = new int[256];
  private static final int[] SYNDROME_BIT_112 = new int[112];
  private static final int[] SYNDROME_BIT_56 = new int[56];

  static {
    for (int i = 0; i < 256; i++) {
      int c = i << 16;
      for (int k = 0; k < 8; k++) {
        c = (c & 0x800000) != 0 ? (c << 1) ^ POLY : c << 1;
      }
      TABLE[i] = c & 0xffffff;
    }
    byte[] probe = new byte[14];
    for (int bit = 0; bit < 112; bit++) {
      java.util.Arrays.fill(probe, (byte) 0);
      probe[bit >>> 3] = (byte) (0x80 >>> (bit & 7));
      SYNDROME_BIT_112[bit] = remainder(probe, 0, 14);
    }
    for (int bit = 0; bit < 56; bit++) {
      java.util.Arrays.fill(probe, (byte) 0);
      probe[bit >>> 3] = (byte) (0x80 >>> (bit & 7));
      SYNDROME_BIT_56[bit] = remainder(probe, 0, 7);
    }
  }

  private ModeSCrc() {}

  /**
   * The CRC of the first {@code len - 3} octets XOR the last three (the parity field): zero for an
   * undamaged DF11/17/18 with interrogator code 0; for address/parity formats it is the address.
   */
  public static int remainder(byte[] b, int off, int len) {
    int crc = 0;
    int dataEnd = off + len - 3;
    for (int k = off; k < dataEnd; k++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ b[k]) & 0xff]) & 0xffffff;
    }
    int parity =
        ((b[dataEnd] & 0xff) << 16) | ((b[dataEnd + 1] & 0xff) << 8) | (b[dataEnd + 2] & 0xff);
    return crc ^ parity;
  }

  /** The parity field value that makes {@link #remainder} zero for the given data octets. */
  public static int parity(byte[] b, int off, int dataLen) {
    int crc = 0;
    for (int k = off; k < off + dataLen; k++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ b[k]) & 0xff]) & 0xffffff;
    }
    return crc;
  }

  /**
   * The bit (0 = first bit of the frame) whose flip explains a non-zero remainder, or -1. Only the
   * data bits after the 5-bit DF field are considered, so a correction never changes the format.
   */
  public static int singleBitError(int remainder, int frameBits) {
    int[] table = frameBits == 112 ? SYNDROME_BIT_112 : SYNDROME_BIT_56;
    for (int bit = 5; bit < table.length; bit++) {
      if (table[bit] == remainder) {
        return bit;
      }
    }
    return -1;
  }
}
