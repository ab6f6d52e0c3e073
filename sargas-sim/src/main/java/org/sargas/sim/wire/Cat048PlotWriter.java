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
    boolean height = !Double.isNaN(heightM);
    if (height) {
      out.put((byte) 0xF1).put((byte) 0x01).put((byte) 0x08);
    } else {
      out.put((byte) 0xF0);
    }
    out.put((byte) sac).put((byte) sic);
    long tod = Math.round(timeOfDayS * 128) & 0xFFFFFF;
    out.put((byte) (tod >>> 16)).put((byte) (tod >>> 8)).put((byte) tod);
    out.put((byte) 0x20);
    long rho = Math.min(0xFFFF, Math.round(rangeM / NM_M * 256));
    double az = azimuthRad % (2 * Math.PI);
    if (az < 0) {
      az += 2 * Math.PI;
    }
    long theta = Math.round(az / (2 * Math.PI) * 65536) & 0xFFFF;
    out.putShort((short) rho).putShort((short) theta);
    if (height) {
      int h = (int) Math.round(heightM / FT_M / 25);
      h = Math.max(-8192, Math.min(8191, h));
      out.putShort((short) (h & 0x3FFF));
    }
  }
}
