package org.sargas.formats.asterix.cat062;

import java.nio.ByteBuffer;
import java.util.List;
import org.sargas.formats.asterix.AsterixBlockWriter;

/**
 * Encodes {@link Cat062Record}s as ASTERIX CAT062 edition 1.21 records (I062/010, 015 = 0, 070,
 * 105, 100, 185, 060, 245, 380 ADR+ID, 040, 080, 136, 130, 220 as present) into a {@link
 * ByteBuffer} without allocating; what Sargas exports as its own system tracks. Thread-safe
 * (stateless).
 */
public final class Cat062Encoder {
  /** Largest encoded record, octets. */
  public static final int MAX_RECORD_OCTETS = 64;

  private Cat062Encoder() {}

  /** Starts a CAT062 data block; returns its start for {@link #endBlock}. */
  public static int beginBlock(ByteBuffer out) {
    return AsterixBlockWriter.begin(out, 62);
  }

  /** Finishes the block begun at {@code start}; returns its length. */
  public static int endBlock(ByteBuffer out, int start) {
    return AsterixBlockWriter.end(out, start);
  }

  /** Encodes a whole block; returns its length. */
  public static int encodeBlock(ByteBuffer out, List<Cat062Record> records) {
    int start = beginBlock(out);
    for (int k = 0; k < records.size(); k++) {
      append(out, records.get(k));
    }
    return endBlock(out, start);
  }

  private static boolean has(double v) {
    return !Double.isNaN(v);
  }

  private static int clamp24(double v) {
    return (int) Math.max(-(1 << 23), Math.min((1 << 23) - 1, Math.round(v))) & 0xffffff;
  }

  /** Appends one record to the current block. */
  public static void append(ByteBuffer out, Cat062Record r) {
    boolean pos = has(r.latDeg()) && has(r.lonDeg());
    boolean xy = has(r.xM()) && has(r.yM());
    boolean vel = has(r.vxMps()) && has(r.vyMps());
    boolean adr = r.icaoAddress() >= 0 || r.callsign() != null;
    long frns =
        1L << Cat062View.I010
            | 1L << Cat062View.I015
            | 1L << Cat062View.I070
            | 1L << Cat062View.I040
            | 1L << Cat062View.I080;
    frns |= pos ? 1L << Cat062View.I105 : 0;
    frns |= xy ? 1L << Cat062View.I100 : 0;
    frns |= vel ? 1L << Cat062View.I185 : 0;
    frns |= r.mode3a() >= 0 ? 1L << Cat062View.I060 : 0;
    frns |= r.callsign() != null ? 1L << Cat062View.I245 : 0;
    frns |= adr ? 1L << Cat062View.I380 : 0;
    frns |= has(r.flightLevel()) ? 1L << Cat062View.I136 : 0;
    frns |= has(r.geometricAltitudeFt()) ? 1L << Cat062View.I130 : 0;
    frns |= has(r.rateOfClimbFtMin()) ? 1L << Cat062View.I220 : 0;
    AsterixBlockWriter.fspec(out, frns);
    out.put((byte) r.sac());
    out.put((byte) r.sic());
    out.put((byte) 0);
    AsterixBlockWriter.put24(out, AsterixBlockWriter.timeOfDay128(r.timeOfDayS()));
    if (pos) {
      double lon = r.lonDeg() >= 180 ? r.lonDeg() - 360 : r.lonDeg();
      out.putInt((int) Math.round(r.latDeg() / 180.0 * (1 << 25)));
      out.putInt((int) Math.round(lon / 180.0 * (1 << 25)));
    }
    if (xy) {
      AsterixBlockWriter.put24(out, clamp24(r.xM() / 0.5));
      AsterixBlockWriter.put24(out, clamp24(r.yM() / 0.5));
    }
    if (vel) {
      out.putShort(AsterixBlockWriter.clamp16(r.vxMps() / 0.25));
      out.putShort(AsterixBlockWriter.clamp16(r.vyMps() / 0.25));
    }
    if (r.mode3a() >= 0) {
      out.putShort((short) (r.mode3a() & 0x0fff));
    }
    if (r.callsign() != null) {
      // I062/245: STI 0 (callsign or registration downlinked from the target), spare, 8 chars.
      out.put((byte) 0);
      AsterixBlockWriter.putIcaoChars(out, r.callsign(), 8);
    }
    if (adr) {
      int present = (r.icaoAddress() >= 0 ? 0x80 : 0) | (r.callsign() != null ? 0x40 : 0);
      out.put((byte) present);
      if (r.icaoAddress() >= 0) {
        AsterixBlockWriter.put24(out, r.icaoAddress() & 0xffffff);
      }
      if (r.callsign() != null) {
        AsterixBlockWriter.putIcaoChars(out, r.callsign(), 8);
      }
    }
    out.putShort((short) r.trackNumber());
    // I062/080 first octet: MON 0 (multisensor), SPI 0, MRH 0, SRC 0, CNF, FX 0.
    out.put((byte) (r.tentative() ? 0x02 : 0x00));
    if (has(r.flightLevel())) {
      out.putShort(AsterixBlockWriter.clamp16(r.flightLevel() * 4.0));
    }
    if (has(r.geometricAltitudeFt())) {
      out.putShort(AsterixBlockWriter.clamp16(r.geometricAltitudeFt() / 6.25));
    }
    if (has(r.rateOfClimbFtMin())) {
      out.putShort(AsterixBlockWriter.clamp16(r.rateOfClimbFtMin() / 6.25));
    }
  }
}
