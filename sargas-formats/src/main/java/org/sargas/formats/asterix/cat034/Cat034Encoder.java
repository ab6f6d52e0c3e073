package org.sargas.formats.asterix.cat034;

import java.nio.ByteBuffer;
import org.sargas.formats.asterix.AsterixBlockWriter;

/**
 * Encodes {@link Cat034Record}s as ASTERIX CAT034 edition 1.29 records (items 010, 000, 030, 020,
 * 041 as present) into a {@link ByteBuffer} without allocating. Same block protocol as {@code
 * Cat048Encoder}. Thread-safe (stateless).
 */
public final class Cat034Encoder {
  private Cat034Encoder() {}

  /** Starts a CAT034 data block; returns its start for {@link #endBlock}. */
  public static int beginBlock(ByteBuffer out) {
    return AsterixBlockWriter.begin(out, 34);
  }

  /** Finishes the block begun at {@code start}; returns its length. */
  public static int endBlock(ByteBuffer out, int start) {
    return AsterixBlockWriter.end(out, start);
  }

  /** Encodes a one-record block; returns its length. */
  public static int encodeBlock(ByteBuffer out, Cat034Record r) {
    int start = beginBlock(out);
    append(out, r);
    return endBlock(out, start);
  }

  /** Appends one record to the current block. */
  public static void append(ByteBuffer out, Cat034Record r) {
    long frns = 1L << Cat034View.I010 | 1L << Cat034View.I000 | 1L << Cat034View.I030;
    boolean sector = !Double.isNaN(r.sectorAzimuthRad());
    boolean rotation = !Double.isNaN(r.antennaRotationPeriodS());
    if (sector) {
      frns |= 1L << Cat034View.I020;
    }
    if (rotation) {
      frns |= 1L << Cat034View.I041;
    }
    AsterixBlockWriter.fspec(out, frns);
    out.put((byte) r.sac());
    out.put((byte) r.sic());
    out.put((byte) r.messageType().code());
    AsterixBlockWriter.put24(out, AsterixBlockWriter.timeOfDay128(r.timeOfDayS()));
    if (sector) {
      long v = Math.round(r.sectorAzimuthRad() / (2 * Math.PI) * 256.0);
      out.put((byte) Math.floorMod(v, 256L));
    }
    if (rotation) {
      long v = Math.round(r.antennaRotationPeriodS() * 128.0);
      out.putShort((short) Math.max(0, Math.min(0xffff, v)));
    }
  }
}
