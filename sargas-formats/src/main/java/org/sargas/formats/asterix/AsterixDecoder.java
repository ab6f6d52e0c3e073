package org.sargas.formats.asterix;

import java.util.Map;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Splits ASTERIX datagrams into data blocks and records and indexes each record's items
 * (EUROCONTROL ASTERIX Part 1, edition 2.6: CAT/LEN framing, FSPEC with FX chaining, UAP lookup,
 * item lengths for fixed, extended, repetitive, explicit and compound items; RE and SP are skipped
 * by their length octet). Categories with several UAPs (CAT001 plot/track) switch to the UAP the
 * selecting item names (I001/020 TYP) as soon as it is read; Random Field Sequencing (the "RFS" FRN
 * of CAT001/002) is not decoded and fails like an undefined FRN. It does not interpret the items:
 * that is the job of typed views and of {@link ItemWalker}.
 *
 * <p>Malformed input never throws: each problem is reported once as a {@link DecodeFailure} and the
 * decoder moves to the next data block (a bad record makes the rest of its block unreadable, since
 * records carry no length). Allocation-free for well-formed input. Not thread-safe (it owns a
 * reusable view); use one decoder per thread.
 */
public final class AsterixDecoder {
  private final CategoryLayout[] layouts = new CategoryLayout[256];
  private final AsterixRecordView view = new AsterixRecordView();

  /**
   * @param editions the edition to use for each category; blocks of other categories are reported
   *     as failures and skipped
   */
  public AsterixDecoder(Map<Integer, AsterixCategory> editions) {
    for (AsterixCategory c : editions.values()) {
      layouts[c.category()] = CategoryLayout.of(c);
    }
  }

  /** Whether blocks of this category are decoded. */
  public boolean supports(int category) {
    return category >= 0 && category < 256 && layouts[category] != null;
  }

  /**
   * Decodes every data block in {@code buf[off, off + len)}.
   *
   * @param source name of the source for failures
   * @param sourceOffset offset of {@code buf[off]} within the source, added to failure offsets
   * @return number of records delivered to the sink
   */
  public int decode(
      byte[] buf, int off, int len, String source, long sourceOffset, AsterixRecordSink sink) {
    int end = off + len;
    int pos = off;
    int records = 0;
    while (pos < end) {
      int remaining = end - pos;
      long at = sourceOffset + (pos - off);
      if (remaining < 3) {
        sink.failure(
            new DecodeFailure(
                source, at, "truncated data block header: " + remaining + " octet(s)"),
            remaining);
        return records;
      }
      int cat = buf[pos] & 0xff;
      int blockLen = Bits.u16(buf, pos + 1);
      if (blockLen < 3) {
        sink.failure(
            new DecodeFailure(source, at, "CAT" + cat + " data block LEN " + blockLen + " < 3"),
            remaining);
        return records;
      }
      if (blockLen > remaining) {
        sink.failure(
            new DecodeFailure(
                source,
                at,
                "CAT"
                    + cat
                    + " data block LEN "
                    + blockLen
                    + " exceeds the "
                    + remaining
                    + " octets left"),
            remaining);
        return records;
      }
      CategoryLayout layout = layouts[cat];
      if (layout == null) {
        sink.failure(new DecodeFailure(source, at, "category " + cat + " not supported"), blockLen);
      } else {
        records += decodeBlock(buf, pos, blockLen, layout, source, sourceOffset - off, sink);
      }
      pos += blockLen;
    }
    return records;
  }

  private int decodeBlock(
      byte[] buf,
      int blockStart,
      int blockLen,
      CategoryLayout layout,
      String source,
      long base,
      AsterixRecordSink sink) {
    int end = blockStart + blockLen;
    int pos = blockStart + 3;
    int records = 0;
    while (pos < end) {
      int recordStart = pos;
      // The record's UAP: the category's, until a selecting item (CAT001 I001/020 TYP) says which.
      CategoryLayout rl = layout;
      ItemLayout[] items = rl.items;
      view.reset(buf, layout, recordStart, base + recordStart);
      int fspecStart = pos;
      while (true) {
        if (pos >= end) {
          return fail(
              sink,
              source,
              base + recordStart,
              rl,
              "FSPEC runs past the end of the data block",
              end - recordStart,
              records);
        }
        if ((buf[pos++] & 1) == 0) {
          break;
        }
      }
      int fspecBytes = pos - fspecStart;
      int slots = fspecBytes * 7;
      for (int k = 0; k < slots; k++) {
        int bit = 7 - (k % 7);
        if (((buf[fspecStart + k / 7] >>> bit) & 1) == 0) {
          continue;
        }
        if (k >= items.length || items[k] == null) {
          return fail(
              sink,
              source,
              base + recordStart,
              rl,
              "FSPEC sets FRN "
                  + (k + 1)
                  + " which the UAP "
                  + (rl.variation == null ? "" : "(" + rl.variation + ") ")
                  + "does not define",
              end - recordStart,
              records);
        }
        int n = items[k].length(buf, pos, end);
        if (n < 0) {
          AsterixItem item = rl.spec.uap().get(k);
          String why =
              n == ItemLayout.TRUNCATED
                  ? " runs past the end of the data block"
                  : " has an impossible length";
          return fail(
              sink, source, base + pos, rl, item.specName() + why, end - recordStart, records);
        }
        view.setItem(k, pos, n);
        if (k == rl.selectorIndex) {
          CategoryLayout chosen = rl.select(buf, pos);
          if (chosen != rl) {
            rl = chosen;
            items = chosen.items;
            view.relayout(chosen);
          }
        }
        pos += n;
      }
      view.setRecordLength(pos - recordStart);
      records++;
      sink.record(view);
    }
    return records;
  }

  private static int fail(
      AsterixRecordSink sink,
      String source,
      long at,
      CategoryLayout layout,
      String reason,
      int skipped,
      int records) {
    sink.failure(
        new DecodeFailure(
            source, at, "CAT" + String.format("%03d", layout.spec.category()) + " " + reason),
        skipped);
    return records;
  }
}
