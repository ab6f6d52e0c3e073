package org.sargas.formats.asterix.cat065;

import java.nio.ByteBuffer;
import java.util.List;
import org.sargas.formats.asterix.AsterixBlockWriter;
import org.sargas.formats.asterix.editions.Cat065Edition1_6;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Encodes {@link Cat065Record}s as ASTERIX CAT065 edition 1.6 records (I065/010, 000, 015, 030, and
 * 020 or 040 as present) into a {@link ByteBuffer} without allocating. The item order comes from
 * the same UAP table the decoder uses ({@link Cat065Edition1_6}). Thread-safe (stateless).
 */
public final class Cat065Encoder {
  /** Largest encoded record, octets. */
  public static final int MAX_RECORD_OCTETS = 12;

  private static final AsterixCategory UAP = Cat065Edition1_6.CATEGORY;
  private static final int I010 = UAP.indexOf("010");
  private static final int I000 = UAP.indexOf("000");
  private static final int I015 = UAP.indexOf("015");
  private static final int I030 = UAP.indexOf("030");
  private static final int I020 = UAP.indexOf("020");
  private static final int I040 = UAP.indexOf("040");

  private Cat065Encoder() {}

  /** Encodes a whole block; returns its length. */
  public static int encodeBlock(ByteBuffer out, List<Cat065Record> records) {
    int start = AsterixBlockWriter.begin(out, 65);
    for (int k = 0; k < records.size(); k++) {
      append(out, records.get(k));
    }
    return AsterixBlockWriter.end(out, start);
  }

  /** Appends one record to the current block. */
  public static void append(ByteBuffer out, Cat065Record r) {
    boolean batch = r.batchNumber() >= 0;
    boolean status = r.sdpsState() != null;
    long frns = 1L << I010 | 1L << I000 | 1L << I015 | 1L << I030;
    frns |= batch ? 1L << I020 : 0;
    frns |= status ? 1L << I040 : 0;
    AsterixBlockWriter.fspec(out, frns);
    out.put((byte) r.sac());
    out.put((byte) r.sic());
    out.put((byte) r.messageType().code());
    out.put((byte) r.serviceId());
    AsterixBlockWriter.put24(out, AsterixBlockWriter.timeOfDay128(r.timeOfDayS()));
    if (batch) {
      out.put((byte) r.batchNumber());
    }
    if (status) {
      // NOGO (2 bits), OVL, TSV 0 (valid time source), PSS 0 (not applicable), STTN 0, spare.
      out.put((byte) (r.sdpsState().code() << 6 | (r.overload() ? 0x20 : 0)));
    }
  }
}
