package org.sargas.sim.wire;

import java.nio.ByteBuffer;

/**
 * Writes CAT048 (edition 1.32) target reports of a 3-D primary radar: I048/010 SAC/SIC, I048/140
 * time of day (1/128 s), I048/020 (TYP = single PSR detection), I048/040 slant range (1/256 NM) and
 * azimuth (360°/2^16), and I048/110 measured height (25 ft, when known). The sargas-formats encoder
 * has no I048/110, which a 3-D radar needs to report height without a transponder. Allocation-free;
 * not thread-safe (a buffer is the caller's).
 */
public final class Cat048PlotWriter {
  private static final double NM_M = 1852.0;
  private static final double FT_M = 0.3048;

  private Cat048PlotWriter() {}

  /** Starts a data block; returns its start position for {@link #endBlock}. */
  public static int beginBlock(ByteBuffer out) {
    int start = out.position();
    out.put((byte) 48).putShort((short) 0);
    return start;
  }

  /** Patches the block length; returns it. */
  public static int endBlock(ByteBuffer out, int start) {
    int len = out.position() - start;
    out.putShort(start + 1, (short) len);
    return len;
  }

  /**
   * Appends one plot.
   *
   * @param timeOfDayS seconds since midnight UTC
   * @param rangeM slant range, m
   * @param azimuthRad azimuth clockwise from north, radians
   * @param heightM measured height above mean sea level, m, or NaN
   */
  public static void appendPlot(
      ByteBuffer out,
      int sac,
      int sic,
      double timeOfDayS,
      double rangeM,
      double azimuthRad,
      double heightM) {
    appendPlot(out, sac, sic, timeOfDayS, rangeM, azimuthRad, heightM, null);
  }

  /**
   * Appends one plot of a combined primary/secondary radar: with the target's transponder replies
   * (I048/070 Mode 3/A, I048/090 flight level from Mode C, I048/220 Mode S address, I048/240
   * aircraft identification) when {@code ssr} is not null, and I048/020 TYP saying PSR + SSR (or
   * PSR + Mode S roll-call when an address is present).
   *
   * @param ssr the transponder's replies, or null for a primary-only plot
   */
  public static void appendPlot(
      ByteBuffer out,
      int sac,
      int sic,
      double timeOfDayS,
      double rangeM,
      double azimuthRad,
      double heightM,
      SsrReply ssr) {
    if (ssr != null) {
      appendSsrPlot(out, sac, sic, timeOfDayS, rangeM, azimuthRad, ssr);
      return;
    }
    boolean height = !Double.isNaN(heightM);
    if (height) {
      out.put((byte) 0xF1).put((byte) 0x01).put((byte) 0x08);
    } else {
      out.put((byte) 0xF0);
    }
    out.put((byte) sac).put((byte) sic);
    putTimeOfDay(out, timeOfDayS);
    out.put((byte) 0x20);
    putPolar(out, rangeM, azimuthRad);
    if (height) {
      int h = (int) Math.round(heightM / FT_M / 25);
      h = Math.max(-8192, Math.min(8191, h));
      out.putShort((short) (h & 0x3FFF));
    }
  }

  /**
   * A transponder's replies as a secondary radar decodes them.
   *
   * @param mode3a Mode 3/A code (12 bits), or -1
   * @param flightLevel Mode C pressure altitude in flight levels (100 ft), NaN if absent
   * @param icaoAddress Mode S address (24 bits), or -1
   * @param callsign aircraft identification (up to 8 characters of the ICAO 6-bit set), or null
   */
  public record SsrReply(int mode3a, double flightLevel, int icaoAddress, String callsign) {}

  private static final String ICAO_CHARS =
      "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

  private static void appendSsrPlot(
      ByteBuffer out,
      int sac,
      int sic,
      double timeOfDayS,
      double rangeM,
      double azimuthRad,
      SsrReply ssr) {
    boolean a = ssr.mode3a() >= 0;
    boolean c = !Double.isNaN(ssr.flightLevel());
    boolean s = ssr.icaoAddress() >= 0;
    boolean id = ssr.callsign() != null && !ssr.callsign().isBlank();
    int f1 = 0xF0 | (a ? 0x08 : 0) | (c ? 0x04 : 0) | (s || id ? 0x01 : 0);
    out.put((byte) f1);
    if (s || id) {
      out.put((byte) ((s ? 0x80 : 0) | (id ? 0x40 : 0)));
    }
    out.put((byte) sac).put((byte) sic);
    putTimeOfDay(out, timeOfDayS);
    out.put((byte) (s ? 0xE0 : 0x60)); // TYP 7: Mode S roll-call + PSR; 3: SSR + PSR
    putPolar(out, rangeM, azimuthRad);
    if (a) {
      out.putShort((short) (ssr.mode3a() & 0x0FFF));
    }
    if (c) {
      int q = (int) Math.round(ssr.flightLevel() * 4);
      q = Math.max(-8192, Math.min(8191, q));
      out.putShort((short) (q & 0x3FFF));
    }
    if (s) {
      int addr = ssr.icaoAddress() & 0xFFFFFF;
      out.put((byte) (addr >>> 16)).put((byte) (addr >>> 8)).put((byte) addr);
    }
    if (id) {
      String cs = (ssr.callsign().toUpperCase(java.util.Locale.ROOT) + "        ").substring(0, 8);
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        int code = ICAO_CHARS.indexOf(cs.charAt(i));
        bits = (bits << 6) | (code < 0 || cs.charAt(i) == '#' ? 32 : code);
      }
      for (int i = 5; i >= 0; i--) {
        out.put((byte) (bits >>> (8 * i)));
      }
    }
  }

  /** I048/140: time of day in 1/128 s. */
  private static void putTimeOfDay(ByteBuffer out, double timeOfDayS) {
    long tod = Math.round(timeOfDayS * 128) & 0xFFFFFF;
    out.put((byte) (tod >>> 16)).put((byte) (tod >>> 8)).put((byte) tod);
  }

  /** I048/040: slant range in 1/256 NM and azimuth in 360°/2^16. */
  private static void putPolar(ByteBuffer out, double rangeM, double azimuthRad) {
    long rho = Math.min(0xFFFF, Math.round(rangeM / NM_M * 256));
    double az = azimuthRad % (2 * Math.PI);
    if (az < 0) {
      az += 2 * Math.PI;
    }
    long theta = Math.round(az / (2 * Math.PI) * 65536) & 0xFFFF;
    out.putShort((short) rho).putShort((short) theta);
  }
}
