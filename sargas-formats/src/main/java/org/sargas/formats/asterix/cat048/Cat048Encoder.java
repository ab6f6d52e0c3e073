package org.sargas.formats.asterix.cat048;

import java.nio.ByteBuffer;
import java.util.List;
import org.sargas.formats.asterix.AsterixBlockWriter;

/**
 * Encodes {@link Cat048Record}s as ASTERIX CAT048 edition 1.32 records (items 010, 140, 020, 040,
 * 070, 090, 220, 240, 161, 200 as present; UAP order), writing straight into a {@link ByteBuffer}
 * without allocating. Typical use, one UDP datagram per scan sector:
 *
 * <pre>{@code
 * int start = Cat048Encoder.beginBlock(buf);
 * for (Cat048Record r : plots) Cat048Encoder.append(buf, r);
 * Cat048Encoder.endBlock(buf, start);
 * }</pre>
 *
 * Values are rounded to the wire resolution and clamped to the item's range (RHO &lt; 256 NM).
 * Thread-safe (stateless). Buffer overflow throws {@link java.nio.BufferOverflowException}: size
 * the buffer (at most 35 octets per record plus 3 per block).
 */
public final class Cat048Encoder {
  /** Largest encoded record, octets. */
  public static final int MAX_RECORD_OCTETS = 35;

  private Cat048Encoder() {}

  /** Starts a CAT048 data block; returns its start for {@link #endBlock}. */
  public static int beginBlock(ByteBuffer out) {
    return AsterixBlockWriter.begin(out, 48);
  }

  /** Finishes the block begun at {@code start}; returns its length. */
  public static int endBlock(ByteBuffer out, int start) {
    return AsterixBlockWriter.end(out, start);
  }

  /** Encodes a whole block of records; returns its length. */
  public static int encodeBlock(ByteBuffer out, List<Cat048Record> records) {
    int start = beginBlock(out);
    for (int k = 0; k < records.size(); k++) {
      append(out, records.get(k));
    }
    return endBlock(out, start);
  }

  /** Appends one record to the current block. */
  public static void append(ByteBuffer out, Cat048Record r) {
    long frns = 1L << Cat048View.I010 | 1L << Cat048View.I140 | 1L << Cat048View.I020;
    boolean pos = !Double.isNaN(r.rangeM()) && !Double.isNaN(r.azimuthRad());
    if (pos) {
      frns |= 1L << Cat048View.I040;
    }
    if (r.mode3a() >= 0) {
      frns |= 1L << Cat048View.I070;
    }
    if (!Double.isNaN(r.flightLevel())) {
      frns |= 1L << Cat048View.I090;
    }
    if (r.icaoAddress() >= 0) {
      frns |= 1L << Cat048View.I220;
    }
    if (r.callsign() != null) {
      frns |= 1L << Cat048View.I240;
    }
    if (r.trackNumber() >= 0) {
      frns |= 1L << Cat048View.I161;
    }
    boolean vel = !Double.isNaN(r.groundSpeedMps()) && !Double.isNaN(r.headingRad());
    if (vel) {
      frns |= 1L << Cat048View.I200;
    }
    AsterixBlockWriter.fspec(out, frns);
    out.put((byte) r.sac());
    out.put((byte) r.sic());
    AsterixBlockWriter.put24(out, AsterixBlockWriter.timeOfDay128(r.timeOfDayS()));
    Cat048DetectionType typ =
        r.detectionType() == null ? Cat048DetectionType.PSR : r.detectionType();
    out.put((byte) (typ.code() << 5));
    if (pos) {
      long rho = Math.round(r.rangeM() / Cat048View.NM_M * 256.0);
      out.putShort((short) Math.max(0, Math.min(0xffff, rho)));
      out.putShort((short) angle16(r.azimuthRad()));
    }
    if (r.mode3a() >= 0) {
      out.putShort((short) (r.mode3a() & 0x0fff));
    }
    if (!Double.isNaN(r.flightLevel())) {
      long fl = Math.round(r.flightLevel() * 4.0);
      fl = Math.max(-(1 << 13), Math.min((1 << 13) - 1, fl));
      out.putShort((short) (fl & 0x3fff));
    }
    if (r.icaoAddress() >= 0) {
      AsterixBlockWriter.put24(out, r.icaoAddress() & 0xffffff);
    }
    if (r.callsign() != null) {
      AsterixBlockWriter.putIcaoChars(out, r.callsign(), 8);
    }
    if (r.trackNumber() >= 0) {
      out.putShort((short) (r.trackNumber() & 0x0fff));
    }
    if (vel) {
      long gs = Math.round(r.groundSpeedMps() / Cat048View.NM_M * 16384.0);
      out.putShort((short) Math.max(0, Math.min(0xffff, gs)));
      out.putShort((short) angle16(r.headingRad()));
    }
  }

  /** Radians to a 16-bit binary angle (360/2^16 deg), wrapped to [0, 2π). */
  static int angle16(double rad) {
    long v = Math.round(rad / (2 * Math.PI) * 65536.0);
    return (int) Math.floorMod(v, 65536L);
  }
}
