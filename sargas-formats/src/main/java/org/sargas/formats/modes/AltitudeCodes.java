package org.sargas.formats.modes;

/**
 * Mode C / Mode S altitude and Mode A identity codes (ICAO Annex 10 Vol IV 3.1.2.6.5.4 AC field,
 * 3.1.2.6.7.1 ID field; DO-260B 2.2.3.2.3.4 for the 12-bit ES altitude).
 */
public final class AltitudeCodes {
  private AltitudeCodes() {}

  /**
   * The 13-bit AC field (bits C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4) in feet; NaN when zero
   * (unknown), metric (M = 1) or an invalid Gillham code.
   */
  public static double ac13Ft(int ac) {
    if (ac == 0 || (ac & 0x40) != 0) {
      return Double.NaN;
    }
    if ((ac & 0x10) != 0) {
      int n = ((ac & 0x1f80) >>> 2) | ((ac & 0x20) >>> 1) | (ac & 0x0f);
      return n * 25.0 - 1000.0;
    }
    return gillhamFt(ac);
  }

  /** The 12-bit ES altitude (AC without M) in feet; NaN when unknown or invalid. */
  public static double ac12Ft(int ac12) {
    int ac13 = ((ac12 & 0xfc0) << 1) | (ac12 & 0x3f);
    return ac13Ft(ac13);
  }

  private static int bit(int ac, int indexFromMsb) {
    return (ac >>> (12 - indexFromMsb)) & 1;
  }

  private static double gillhamFt(int ac) {
    int c1 = bit(ac, 0);
    int a1 = bit(ac, 1);
    int c2 = bit(ac, 2);
    int a2 = bit(ac, 3);
    int c4 = bit(ac, 4);
    int a4 = bit(ac, 5);
    int b1 = bit(ac, 7);
    int b2 = bit(ac, 9);
    int d2 = bit(ac, 10);
    int b4 = bit(ac, 11);
    int d4 = bit(ac, 12);
    int gray500 = d2 << 7 | d4 << 6 | a1 << 5 | a2 << 4 | a4 << 3 | b1 << 2 | b2 << 1 | b4;
    int n500 = grayToBinary(gray500);
    int n100 = grayToBinary(c1 << 2 | c2 << 1 | c4);
    if (n100 == 0 || n100 == 5 || n100 == 6) {
      return Double.NaN;
    }
    if (n100 == 7) {
      n100 = 5;
    }
    if ((n500 & 1) != 0) {
      n100 = 6 - n100;
    }
    return n500 * 500.0 + n100 * 100.0 - 1300.0;
  }

  private static int grayToBinary(int g) {
    int b = g;
    for (int shift = 1; shift < 8; shift <<= 1) {
      b ^= b >>> shift;
    }
    return b;
  }

  /**
   * The 13-bit ID field (C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4) as the Mode A code's 12-bit value
   * (octal digits ABCD packed 3 bits each, so 7700 is {@code 07700}).
   */
  public static int identity(int id) {
    int a = bit(id, 5) << 2 | bit(id, 3) << 1 | bit(id, 1);
    int b = bit(id, 11) << 2 | bit(id, 9) << 1 | bit(id, 7);
    int c = bit(id, 4) << 2 | bit(id, 2) << 1 | bit(id, 0);
    int d = bit(id, 12) << 2 | bit(id, 10) << 1 | bit(id, 8);
    return a << 9 | b << 6 | c << 3 | d;
  }

  /** Encodes an altitude in feet as the 12-bit ES altitude with Q = 1 (25 ft steps). */
  public static int encodeAc12Ft(double altitudeFt) {
    long n = Math.round((altitudeFt + 1000.0) / 25.0);
    n = Math.max(0, Math.min(0x7ff, n));
    int v = (int) n;
    return ((v & 0x7f0) << 1) | 0x10 | (v & 0x0f);
  }
}
