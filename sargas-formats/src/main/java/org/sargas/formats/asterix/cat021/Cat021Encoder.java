package org.sargas.formats.asterix.cat021;

import java.nio.ByteBuffer;
import java.util.List;
import org.sargas.formats.asterix.AsterixBlockWriter;

/**
 * Encodes {@link Cat021Record}s as ASTERIX CAT021 edition 2.6/2.7 records: I021/010, 040 (24-bit
 * ICAO address, 25 ft altitude reporting), 161, 071, 131, 080, 140, 145, 155, 160, 170 as present,
 * into a {@link ByteBuffer} without allocating. Thread-safe (stateless).
 */
public final class Cat021Encoder {
  /** Largest encoded record, octets. */
  public static final int MAX_RECORD_OCTETS = 48;

  private Cat021Encoder() {}

  /** Starts a CAT021 data block; returns its start for {@link #endBlock}. */
  public static int beginBlock(ByteBuffer out) {
    return AsterixBlockWriter.begin(out, 21);
  }

  /** Finishes the block begun at {@code start}; returns its length. */
  public static int endBlock(ByteBuffer out, int start) {
    return AsterixBlockWriter.end(out, start);
  }

  /** Encodes a whole block; returns its length. */
  public static int encodeBlock(ByteBuffer out, List<Cat021Record> records) {
    int start = beginBlock(out);
    for (int k = 0; k < records.size(); k++) {
      append(out, records.get(k));
    }
    return endBlock(out, start);
  }

  private static boolean has(double v) {
    return !Double.isNaN(v);
  }

  /** Appends one record to the current block. */
  public static void append(ByteBuffer out, Cat021Record r) {
    long frns = 1L << Cat021View.I010 | 1L << Cat021View.I040;
    boolean pos = has(r.latDeg()) && has(r.lonDeg());
    boolean vel = has(r.groundSpeedMps()) && has(r.trackRad());
    frns |= r.trackNumber() >= 0 ? 1L << Cat021View.I161 : 0;
    frns |= has(r.timeOfDayS()) ? 1L << Cat021View.I071 : 0;
    frns |= pos ? 1L << Cat021View.I131 : 0;
    frns |= r.icaoAddress() >= 0 ? 1L << Cat021View.I080 : 0;
    frns |= has(r.geometricHeightFt()) ? 1L << Cat021View.I140 : 0;
    frns |= has(r.flightLevel()) ? 1L << Cat021View.I145 : 0;
    frns |= has(r.verticalRateFtMin()) ? 1L << Cat021View.I155 : 0;
    frns |= vel ? 1L << Cat021View.I160 : 0;
    frns |= r.callsign() != null ? 1L << Cat021View.I170 : 0;
    AsterixBlockWriter.fspec(out, frns);
    out.put((byte) r.sac());
    out.put((byte) r.sic());
    out.put((byte) 0x08); // I021/040: ATP 0 (24-bit ICAO address), ARC 1 (25 ft), RC 0, RAB 0, FX 0
    if (r.trackNumber() >= 0) {
      out.putShort((short) (r.trackNumber() & 0x0fff));
    }
    if (has(r.timeOfDayS())) {
      AsterixBlockWriter.put24(out, AsterixBlockWriter.timeOfDay128(r.timeOfDayS()));
    }
    if (pos) {
      out.putInt((int) Math.round(r.latDeg() / 180.0 * (1 << 30)));
      double lon = r.lonDeg() >= 180 ? r.lonDeg() - 360 : r.lonDeg();
      out.putInt(
          (int)
              Math.max(
                  Integer.MIN_VALUE,
                  Math.min(Integer.MAX_VALUE, Math.round(lon / 180.0 * (1 << 30)))));
    }
    if (r.icaoAddress() >= 0) {
      AsterixBlockWriter.put24(out, r.icaoAddress() & 0xffffff);
    }
    if (has(r.geometricHeightFt())) {
      out.putShort(AsterixBlockWriter.clamp16(r.geometricHeightFt() / 6.25));
    }
    if (has(r.flightLevel())) {
      out.putShort(AsterixBlockWriter.clamp16(r.flightLevel() * 4.0));
    }
    if (has(r.verticalRateFtMin())) {
      long v = Math.round(r.verticalRateFtMin() / 6.25);
      boolean exceeded = v > 0x3fff || v < -0x4000;
      v = Math.max(-0x4000, Math.min(0x3fff, v));
      out.putShort((short) ((exceeded ? 0x8000 : 0) | (v & 0x7fff)));
    }
    if (vel) {
      long gs = Math.round(r.groundSpeedMps() / Cat021View.NM_M * 16384.0);
      boolean exceeded = gs > 0x7fff;
      out.putShort((short) ((exceeded ? 0x8000 : 0) | Math.max(0, Math.min(0x7fff, gs))));
      out.putShort(
          (short) Math.floorMod(Math.round(r.trackRad() / (2 * Math.PI) * 65536.0), 65536L));
    }
    if (r.callsign() != null) {
      AsterixBlockWriter.putIcaoChars(out, r.callsign(), 8);
    }
  }
}
