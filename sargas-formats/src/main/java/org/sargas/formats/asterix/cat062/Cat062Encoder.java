package org.sargas.formats.asterix.cat062;

import java.nio.ByteBuffer;
import java.util.List;
import org.sargas.formats.asterix.AsterixBlockWriter;

/**
 * Encodes {@link Cat062Record}s as ASTERIX CAT062 edition 1.21 records (I062/010, 015 = 0, 070,
 * 105, 100, 185, 060, 245 (STI 0), 380 ADR+ID+EMC, 040, 080, 290 TRK+SSR, 136, 130, 220, 390
 * CS+TAC+WTC+DEP+DST, 500 APC+COV+ATV as present) into a {@link ByteBuffer} without allocating;
 * what Sargas exports as its own system tracks. Thread-safe (stateless).
 */
public final class Cat062Encoder {
  /** Largest encoded record, octets (112 without I062/245, which adds 7). */
  public static final int MAX_RECORD_OCTETS = 119;

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
    boolean emc = r.emitterCategory() >= 0;
    boolean adr = r.icaoAddress() >= 0 || r.callsign() != null || emc;
    boolean ages = has(r.trackAgeS()) || has(r.updateAgeS());
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
    frns |= ages ? 1L << Cat062View.I290 : 0;
    frns |= r.flightPlan() != null ? 1L << Cat062View.I390 : 0;
    frns |= r.accuracy() != null ? 1L << Cat062View.I500 : 0;
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
      AsterixBlockWriter.fspec(
          out,
          (r.icaoAddress() >= 0 ? 1L : 0)
              | (r.callsign() != null ? 1L << 1 : 0)
              | (emc ? 1L << Cat062View.I380_EMC : 0));
      if (r.icaoAddress() >= 0) {
        AsterixBlockWriter.put24(out, r.icaoAddress() & 0xffffff);
      }
      if (r.callsign() != null) {
        AsterixBlockWriter.putIcaoChars(out, r.callsign(), 8);
      }
      if (emc) {
        out.put((byte) r.emitterCategory());
      }
    }
    out.putShort((short) r.trackNumber());
    // I062/080 first octet: MON 0 (multisensor), SPI 0, MRH 0, SRC 0, CNF, FX 0.
    out.put((byte) (r.tentative() ? 0x02 : 0x00));
    if (ages) {
      // TRK (track age) and SSR age (the freshest sensor data), LSB 1/4 s.
      AsterixBlockWriter.fspec(
          out, (has(r.trackAgeS()) ? 1L : 0) | (has(r.updateAgeS()) ? 1L << 2 : 0));
      if (has(r.trackAgeS())) {
        out.put(quarterSeconds(r.trackAgeS()));
      }
      if (has(r.updateAgeS())) {
        out.put(quarterSeconds(r.updateAgeS()));
      }
    }
    if (has(r.flightLevel())) {
      out.putShort(AsterixBlockWriter.clamp16(r.flightLevel() * 4.0));
    }
    if (has(r.geometricAltitudeFt())) {
      out.putShort(AsterixBlockWriter.clamp16(r.geometricAltitudeFt() / 6.25));
    }
    if (has(r.rateOfClimbFtMin())) {
      out.putShort(AsterixBlockWriter.clamp16(r.rateOfClimbFtMin() / 6.25));
    }
    if (r.flightPlan() != null) {
      appendFlightPlan(out, r.flightPlan());
    }
    if (r.accuracy() != null) {
      appendAccuracy(out, r.accuracy());
    }
  }

  private static byte quarterSeconds(double s) {
    return (byte) Math.max(0, Math.min(255, Math.round(s * 4)));
  }

  private static void appendFlightPlan(ByteBuffer out, Cat062FlightPlan p) {
    AsterixBlockWriter.fspec(
        out,
        (p.callsign() != null ? 1L << Cat062View.I390_CS : 0)
            | (p.aircraftType() != null ? 1L << Cat062View.I390_TAC : 0)
            | (p.wakeCategory() != null ? 1L << Cat062View.I390_WTC : 0)
            | (p.departure() != null ? 1L << Cat062View.I390_DEP : 0)
            | (p.destination() != null ? 1L << Cat062View.I390_DST : 0));
    putAscii(out, p.callsign(), 7);
    putAscii(out, p.aircraftType(), 4);
    putAscii(out, p.wakeCategory(), 1);
    putAscii(out, p.departure(), 4);
    putAscii(out, p.destination(), 4);
  }

  private static void appendAccuracy(ByteBuffer out, Cat062Accuracy a) {
    boolean apc = has(a.positionSigmaXM()) && has(a.positionSigmaYM());
    boolean cov = has(a.positionCovarianceXYM2());
    boolean atv = has(a.velocitySigmaXMps()) && has(a.velocitySigmaYMps());
    AsterixBlockWriter.fspec(
        out,
        (apc ? 1L << Cat062View.I500_APC : 0)
            | (cov ? 1L << Cat062View.I500_COV : 0)
            | (atv ? 1L << Cat062View.I500_ATV : 0));
    if (apc) {
      out.putShort(unsigned16(a.positionSigmaXM() / 0.5));
      out.putShort(unsigned16(a.positionSigmaYM() / 0.5));
    }
    if (cov) {
      double c = a.positionCovarianceXYM2();
      out.putShort(AsterixBlockWriter.clamp16(Math.signum(c) * Math.sqrt(Math.abs(c)) / 0.5));
    }
    if (atv) {
      out.put((byte) Math.max(0, Math.min(255, Math.round(a.velocitySigmaXMps() / 0.25))));
      out.put((byte) Math.max(0, Math.min(255, Math.round(a.velocitySigmaYMps() / 0.25))));
    }
  }

  private static short unsigned16(double v) {
    return (short) Math.max(0, Math.min(0xffff, Math.round(v)));
  }

  /** {@code text} as {@code chars} ASCII octets, space padded; nothing when null. */
  private static void putAscii(ByteBuffer out, String text, int chars) {
    if (text == null) {
      return;
    }
    for (int k = 0; k < chars; k++) {
      char ch = k < text.length() ? text.charAt(k) : ' ';
      out.put((byte) (ch < 0x20 || ch > 0x7e ? '?' : ch));
    }
  }
}
