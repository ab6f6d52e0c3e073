package org.sargas.formats.modes;

/**
 * Builds DF17 extended squitter frames (DO-260B): identification and category (TC 4), airborne
 * position with barometric altitude and CPR encoding (TC 11), and airborne velocity over ground (TC
 * 19 subtype 1/2). Each writes 14 octets including the CRC-24 parity. Allocation-free and
 * thread-safe except for the caller's arrays.
 */
public final class ExtendedSquitterEncoder {
  private static final String CHARSET =
      "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

  private ExtendedSquitterEncoder() {}

  private static void frame(int icao, long me, byte[] out, int off) {
    out[off] = (byte) (17 << 3 | 5);
    out[off + 1] = (byte) (icao >>> 16);
    out[off + 2] = (byte) (icao >>> 8);
    out[off + 3] = (byte) icao;
    for (int k = 0; k < 7; k++) {
      out[off + 4 + k] = (byte) (me >>> (48 - 8 * k));
    }
    int parity = ModeSCrc.parity(out, off, 11);
    out[off + 11] = (byte) (parity >>> 16);
    out[off + 12] = (byte) (parity >>> 8);
    out[off + 13] = (byte) parity;
  }

  /**
   * TC 4 identification.
   *
   * @param category emitter category in set A (0..7, e.g. 3 = large aircraft)
   * @param callsign up to 8 characters A-Z, 0-9, space
   */
  public static void identification(
      int icao, int category, CharSequence callsign, byte[] out, int off) {
    long me = 4L << 51 | (long) (category & 7) << 48;
    for (int k = 0; k < 8; k++) {
      char c = k < callsign.length() ? Character.toUpperCase(callsign.charAt(k)) : ' ';
      int code = CHARSET.indexOf(c);
      if (code <= 0 || c == '#') {
        code = 32;
      }
      me |= (long) code << (42 - 6 * k);
    }
    frame(icao, me, out, off);
  }

  /**
   * TC 11 airborne position, barometric altitude in 25 ft steps.
   *
   * @param odd CPR format (send even and odd alternately)
   */
  public static void airbornePosition(
      int icao, double latDeg, double lonDeg, double altitudeFt, boolean odd, byte[] out, int off) {
    long me =
        11L << 51
            | (long) AltitudeCodes.encodeAc12Ft(altitudeFt) << 36
            | (odd ? 1L : 0L) << 34
            | Cpr.encodeAirborne(latDeg, lonDeg, odd);
    frame(icao, me, out, off);
  }

  /**
   * TC 19 airborne velocity over ground (subtype 1, or 2 when faster than 1021 kt), barometric
   * vertical rate.
   */
  public static void airborneVelocity(
      int icao,
      double groundSpeedKt,
      double trackDeg,
      double verticalRateFtMin,
      byte[] out,
      int off) {
    double ve = groundSpeedKt * Math.sin(Math.toRadians(trackDeg));
    double vn = groundSpeedKt * Math.cos(Math.toRadians(trackDeg));
    boolean supersonic = Math.max(Math.abs(ve), Math.abs(vn)) > 1021;
    int factor = supersonic ? 4 : 1;
    long vew = Math.min(1023, Math.round(Math.abs(ve) / factor) + 1);
    long vns = Math.min(1023, Math.round(Math.abs(vn) / factor) + 1);
    long vr = Math.min(511, Math.round(Math.abs(verticalRateFtMin) / 64.0) + 1);
    long me =
        19L << 51
            | (supersonic ? 2L : 1L) << 48
            | (ve < 0 ? 1L : 0L) << 42
            | vew << 32
            | (vn < 0 ? 1L : 0L) << 31
            | vns << 21
            | 1L << 20
            | (verticalRateFtMin < 0 ? 1L : 0L) << 19
            | vr << 10;
    frame(icao, me, out, off);
  }
}
