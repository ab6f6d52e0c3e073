package org.sargas.formats.asterix;

import java.util.List;
import org.sargas.formats.asterix.spec.Field;
import org.sargas.formats.asterix.spec.Variation;

/**
 * Precomputed length rules of one item or compound subitem, so that a record can be indexed without
 * walking its subfields. Immutable and thread-safe.
 */
final class ItemLayout {
  /** Length result: the item runs past the end of its record or block. */
  static final int TRUNCATED = -1;

  /** Length result: the item's own length field is impossible (explicit length 0). */
  static final int MALFORMED = -2;

  private enum Kind {
    FIXED,
    EXTENDED,
    REPETITIVE_COUNT,
    REPETITIVE_FX,
    EXPLICIT,
    COMPOUND
  }

  private final Kind kind;
  private final int fixedBytes;
  private final int[] partBytes;
  private final boolean lastPartHasFx;
  private final ItemLayout[] subitems;

  private ItemLayout(
      Kind kind, int fixedBytes, int[] partBytes, boolean lastPartHasFx, ItemLayout[] subitems) {
    this.kind = kind;
    this.fixedBytes = fixedBytes;
    this.partBytes = partBytes;
    this.lastPartHasFx = lastPartHasFx;
    this.subitems = subitems;
  }

  static ItemLayout of(Variation v) {
    int bits = v.fixedBits();
    if (bits >= 0) {
      if (bits % 8 != 0) {
        throw new IllegalArgumentException("fixed item not a whole number of octets: " + bits);
      }
      return new ItemLayout(Kind.FIXED, bits / 8, null, false, null);
    }
    if (v instanceof Variation.Extended x) {
      int[] parts = new int[x.parts().size()];
      boolean fx = true;
      for (int k = 0; k < parts.length; k++) {
        int b = new Variation.Group(x.parts().get(k)).fixedBits();
        if (b % 8 == 7) {
          parts[k] = (b + 1) / 8;
        } else if (b % 8 == 0 && k == parts.length - 1) {
          parts[k] = b / 8;
          fx = false;
        } else {
          throw new IllegalArgumentException("extended part of " + b + " bits");
        }
      }
      return new ItemLayout(Kind.EXTENDED, 0, parts, fx, null);
    }
    if (v instanceof Variation.Repetitive r) {
      int b = r.element().fixedBits();
      if (r.fx()) {
        if (b % 8 != 7) {
          throw new IllegalArgumentException("FX-repetitive element of " + b + " bits");
        }
        return new ItemLayout(Kind.REPETITIVE_FX, (b + 1) / 8, null, false, null);
      }
      if (b < 0 || b % 8 != 0) {
        throw new IllegalArgumentException("repetitive element of " + b + " bits");
      }
      return new ItemLayout(Kind.REPETITIVE_COUNT, b / 8, null, false, null);
    }
    if (v instanceof Variation.Explicit) {
      return new ItemLayout(Kind.EXPLICIT, 0, null, false, null);
    }
    if (v instanceof Variation.Compound c) {
      List<Field> subs = c.subitems();
      ItemLayout[] layouts = new ItemLayout[subs.size()];
      for (int k = 0; k < layouts.length; k++) {
        layouts[k] = subs.get(k) == null ? null : of(subs.get(k).variation());
      }
      return new ItemLayout(Kind.COMPOUND, 0, null, false, layouts);
    }
    throw new IllegalArgumentException("no layout for " + v);
  }

  /**
   * Length in octets of the item starting at {@code pos}, or {@link #TRUNCATED} / {@link
   * #MALFORMED}; never reads at or beyond {@code limit}.
   */
  int length(byte[] b, int pos, int limit) {
    switch (kind) {
      case FIXED:
        return pos + fixedBytes <= limit ? fixedBytes : TRUNCATED;
      case EXTENDED:
        return extendedLength(b, pos, limit);
      case REPETITIVE_COUNT:
        {
          if (pos >= limit) {
            return TRUNCATED;
          }
          int n = 1 + (b[pos] & 0xff) * fixedBytes;
          return pos + n <= limit ? n : TRUNCATED;
        }
      case REPETITIVE_FX:
        {
          int p = pos;
          while (true) {
            p += fixedBytes;
            if (p > limit) {
              return TRUNCATED;
            }
            if ((b[p - 1] & 1) == 0) {
              return p - pos;
            }
          }
        }
      case EXPLICIT:
        {
          if (pos >= limit) {
            return TRUNCATED;
          }
          int n = b[pos] & 0xff;
          if (n == 0) {
            return MALFORMED;
          }
          return pos + n <= limit ? n : TRUNCATED;
        }
      default:
        return compoundLength(b, pos, limit);
    }
  }

  private int extendedLength(byte[] b, int pos, int limit) {
    int p = pos;
    for (int k = 0; k < partBytes.length; k++) {
      p += partBytes[k];
      if (p > limit) {
        return TRUNCATED;
      }
      boolean last = k == partBytes.length - 1;
      if (last && !lastPartHasFx) {
        return p - pos;
      }
      if ((b[p - 1] & 1) == 0) {
        return p - pos;
      }
    }
    // Extensions beyond this edition: one octet each until FX = 0 (skipped, not decoded).
    while (true) {
      if (p >= limit) {
        return TRUNCATED;
      }
      p++;
      if ((b[p - 1] & 1) == 0) {
        return p - pos;
      }
    }
  }

  /**
   * Offset of subitem {@code sub} (0-based presence bit) of the compound item at {@code pos}, or -1
   * when absent or when this is not a compound item. The item must have been validated by {@link
   * #length}.
   */
  int subitemOffset(byte[] b, int pos, int limit, int sub) {
    if (kind != Kind.COMPOUND) {
      return -1;
    }
    int p = pos;
    while ((b[p++] & 1) != 0) {
      if (p >= limit) {
        return -1;
      }
    }
    int fspecBytes = p - pos;
    for (int k = 0; k < fspecBytes * 7 && k <= sub; k++) {
      if (((b[pos + k / 7] >>> (7 - (k % 7))) & 1) == 0) {
        continue;
      }
      if (k == sub) {
        return p;
      }
      int n = subitems[k].length(b, p, limit);
      if (n < 0) {
        return -1;
      }
      p += n;
    }
    return -1;
  }

  private int compoundLength(byte[] b, int pos, int limit) {
    int p = pos;
    int fspecStart = pos;
    while (true) {
      if (p >= limit) {
        return TRUNCATED;
      }
      if ((b[p++] & 1) == 0) {
        break;
      }
    }
    int fspecBytes = p - fspecStart;
    for (int k = 0; k < fspecBytes * 7; k++) {
      int byteIdx = fspecStart + k / 7;
      int bit = 7 - (k % 7);
      if (((b[byteIdx] >>> bit) & 1) == 0) {
        continue;
      }
      if (k >= subitems.length || subitems[k] == null) {
        return MALFORMED;
      }
      int n = subitems[k].length(b, p, limit);
      if (n < 0) {
        return n;
      }
      p += n;
    }
    return p - pos;
  }
}
