package org.sargas.formats.asterix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sargas.formats.Bits;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Content;
import org.sargas.formats.asterix.spec.Field;
import org.sargas.formats.asterix.spec.Variation;

/**
 * Walks every present item of a record and reports each subfield, named and scaled as its edition
 * defines it. Meant for inspection and export (the {@code sargas decode} JSON), not for the hot
 * path: it allocates. Not thread-safe.
 */
public final class ItemWalker {
  private static final char[] ICAO_CHARS =
      "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######".toCharArray();
  private final Map<String, Long> siblings = new HashMap<>();

  /** Reports every present item of {@code record} to {@code visitor}. */
  public void walk(AsterixRecordView record, ItemVisitor visitor) {
    byte[] b = record.buffer();
    for (int k = 0; k < record.slots(); k++) {
      if (!record.has(k)) {
        continue;
      }
      AsterixItem item = record.spec().uap().get(k);
      siblings.clear();
      visitor.beginItem(item);
      int off = record.itemOffset(k);
      Variation v = item.variation();
      if (v instanceof Variation.Explicit) {
        visitor.opaque(null, hex(b, off + 1, record.itemLength(k) - 1));
      } else {
        walk(v, null, b, off * 8L, off + record.itemLength(k), visitor);
      }
      visitor.endItem();
    }
  }

  /** Walks {@code v} at absolute bit position {@code bit}; returns the bit position after it. */
  private long walk(Variation v, String name, byte[] b, long bit, int limit, ItemVisitor out) {
    if (v instanceof Variation.Element e) {
      element(name, e, b, bit, out);
      return bit + e.bits();
    }
    if (v instanceof Variation.Spare s) {
      return bit + s.bits();
    }
    if (v instanceof Variation.Group g) {
      boolean nested = name != null;
      if (nested) {
        out.beginStruct(name);
      }
      for (Field f : g.fields()) {
        bit = walk(f.variation(), f.name(), b, bit, limit, out);
      }
      if (nested) {
        out.endStruct();
      }
      return bit;
    }
    if (v instanceof Variation.Extended x) {
      if (name != null) {
        out.beginStruct(name);
      }
      List<List<Field>> parts = x.parts();
      for (int k = 0; k < parts.size(); k++) {
        for (Field f : parts.get(k)) {
          bit = walk(f.variation(), f.name(), b, bit, limit, out);
        }
        if (bit % 8 == 0) {
          break;
        }
        boolean fx = Bits.unsigned(b, 0, bit, 1) == 1;
        bit++;
        if (!fx) {
          break;
        }
        if (k == parts.size() - 1) {
          while (fx && bit / 8 < limit) {
            bit += 8;
            fx = Bits.unsigned(b, 0, bit - 1, 1) == 1;
          }
        }
      }
      if (name != null) {
        out.endStruct();
      }
      return bit;
    }
    if (v instanceof Variation.Repetitive r) {
      out.beginList(name);
      if (r.fx()) {
        boolean fx = true;
        while (fx) {
          bit = walkRepetition(r.element(), b, bit, limit, out);
          fx = Bits.unsigned(b, 0, bit, 1) == 1;
          bit++;
        }
      } else {
        int n = (int) Bits.unsigned(b, 0, bit, 8);
        bit += 8;
        for (int k = 0; k < n; k++) {
          bit = walkRepetition(r.element(), b, bit, limit, out);
        }
      }
      out.endList();
      return bit;
    }
    if (v instanceof Variation.Explicit) {
      int start = (int) (bit / 8);
      int n = b[start] & 0xff;
      out.opaque(name, hex(b, start + 1, n - 1));
      return bit + 8L * n;
    }
    Variation.Compound c = (Variation.Compound) v;
    if (name != null) {
      out.beginStruct(name);
    }
    int fspecStart = (int) (bit / 8);
    int p = fspecStart;
    while ((b[p++] & 1) != 0) {
      // FX chain of the compound's presence bits
    }
    bit = p * 8L;
    for (int k = 0; k < (p - fspecStart) * 7; k++) {
      if (((b[fspecStart + k / 7] >>> (7 - k % 7)) & 1) == 0) {
        continue;
      }
      Field f = c.subitems().get(k);
      if (f.variation() instanceof Variation.Group g) {
        out.beginStruct(f.name());
        for (Field gf : g.fields()) {
          bit = walk(gf.variation(), gf.name(), b, bit, limit, out);
        }
        out.endStruct();
      } else {
        bit = walk(f.variation(), f.name(), b, bit, limit, out);
      }
    }
    if (name != null) {
      out.endStruct();
    }
    return bit;
  }

  /** One element of a list: a group becomes an unnamed struct, anything else an unnamed value. */
  private long walkRepetition(Variation element, byte[] b, long bit, int limit, ItemVisitor out) {
    if (element instanceof Variation.Group g) {
      out.beginStruct(null);
      for (Field f : g.fields()) {
        bit = walk(f.variation(), f.name(), b, bit, limit, out);
      }
      out.endStruct();
      return bit;
    }
    return walk(element, null, b, bit, limit, out);
  }

  private void element(String name, Variation.Element e, byte[] b, long bit, ItemVisitor out) {
    int bits = e.bits();
    Content c = e.content();
    if (c instanceof Content.Dependent d) {
      Long sel = siblings.get(d.path().get(d.path().size() - 1));
      Content chosen = sel == null ? null : d.cases().get(sel.intValue());
      c = chosen == null ? d.fallback() : chosen;
    }
    if (bits > 64) {
      out.opaque(name, hexBits(b, bit, bits));
      return;
    }
    long raw = Bits.unsigned(b, 0, bit, bits);
    if (name != null) {
      siblings.put(name, raw);
    }
    if (c instanceof Content.Quantity q) {
      long v = q.signed() ? Bits.signExtend(raw, bits) : raw;
      out.number(name, raw, v * q.lsb(), q.unit(), null);
    } else if (c instanceof Content.Integer i) {
      out.number(name, raw, i.signed() ? Bits.signExtend(raw, bits) : raw, null, null);
    } else if (c instanceof Content.Table t) {
      out.number(name, raw, raw, null, t.meanings().get((int) raw));
    } else if (c instanceof Content.Text t) {
      out.text(name, raw, text(t.kind(), raw, bits));
    } else {
      out.number(name, raw, raw, null, null);
    }
  }

  /** Decodes packed characters: ICAO 6-bit, ASCII 8-bit or octal 3-bit digits. */
  public static String text(Content.TextKind kind, long raw, int bits) {
    StringBuilder s = new StringBuilder();
    int width = kind == Content.TextKind.ICAO ? 6 : kind == Content.TextKind.ASCII ? 8 : 3;
    for (int shift = bits - width; shift >= 0; shift -= width) {
      int ch = (int) ((raw >>> shift) & ((1 << width) - 1));
      if (kind == Content.TextKind.ICAO) {
        s.append(ICAO_CHARS[ch]);
      } else if (kind == Content.TextKind.ASCII) {
        s.append(ch >= 0x20 && ch < 0x7f ? (char) ch : ch == 0 ? ' ' : '?');
      } else {
        s.append((char) ('0' + ch));
      }
    }
    return kind == Content.TextKind.OCTAL ? s.toString() : s.toString().stripTrailing();
  }

  private static String hex(byte[] b, int off, int len) {
    StringBuilder s = new StringBuilder(len * 2);
    for (int k = 0; k < len; k++) {
      s.append(Character.toUpperCase(Character.forDigit((b[off + k] >> 4) & 0xf, 16)));
      s.append(Character.toUpperCase(Character.forDigit(b[off + k] & 0xf, 16)));
    }
    return s.toString();
  }

  private static String hexBits(byte[] b, long bit, int bits) {
    StringBuilder s = new StringBuilder();
    int nibbles = (bits + 3) / 4;
    int lead = nibbles * 4 - bits;
    for (int k = 0; k < nibbles; k++) {
      int w = k == 0 ? 4 - lead : 4;
      long v = Bits.unsigned(b, 0, bit, w);
      bit += w;
      s.append(Character.toUpperCase(Character.forDigit((int) v, 16)));
    }
    return s.toString();
  }
}
