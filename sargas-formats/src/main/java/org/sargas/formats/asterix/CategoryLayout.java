package org.sargas.formats.asterix;

import java.util.List;
import org.sargas.formats.Bits;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Field;
import org.sargas.formats.asterix.spec.UapSelection;
import org.sargas.formats.asterix.spec.Variation;

/**
 * An edition with the precomputed layout of every UAP slot. For a category with several UAPs
 * (CAT001 plot/track), the layout of the first variation also knows where the selecting field lies
 * and the layouts of the other variations ({@link #select}). Immutable and thread-safe.
 */
final class CategoryLayout {
  /** The edition restricted to this layout's UAP. */
  final AsterixCategory spec;

  final ItemLayout[] items;

  /** The UAP variation's name, null for single-UAP categories. */
  final String variation;

  /** Most UAP slots of any variation of the category. */
  final int maxSlots;

  /** UAP index of the selecting item, -1 when the category has a single UAP. */
  final int selectorIndex;

  private final int selectorBit;
  private final int selectorBits;
  private final CategoryLayout[] byValue;

  private CategoryLayout(
      AsterixCategory spec,
      String variation,
      int maxSlots,
      int selectorIndex,
      int selectorBit,
      int selectorBits,
      CategoryLayout[] byValue) {
    this.spec = spec;
    this.variation = variation;
    this.maxSlots = maxSlots;
    this.items = new ItemLayout[spec.uap().size()];
    for (int k = 0; k < items.length; k++) {
      AsterixItem i = spec.uap().get(k);
      items[k] = i == null ? null : ItemLayout.of(i.variation());
    }
    this.selectorIndex = selectorIndex;
    this.selectorBit = selectorBit;
    this.selectorBits = selectorBits;
    this.byValue = byValue;
  }

  CategoryLayout(AsterixCategory spec) {
    this(spec, null, spec.uap().size(), -1, 0, 0, null);
  }

  /** The layout of an edition, with its UAP variations when it has several. */
  static CategoryLayout of(AsterixCategory spec) {
    UapSelection sel = spec.selection();
    if (sel == null) {
      return new CategoryLayout(spec);
    }
    List<AsterixItem> first = sel.uaps().get(sel.first());
    int index = -1;
    for (int k = 0; k < first.size(); k++) {
      if (first.get(k) != null && first.get(k).id().equals(sel.item())) {
        index = k;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException(sel.item() + " is not in the UAP " + sel.first());
    }
    int max = 0;
    for (List<AsterixItem> uap : sel.uaps().values()) {
      if (uap.size() <= index || !uap.subList(0, index + 1).equals(first.subList(0, index + 1))) {
        throw new IllegalArgumentException(
            "CAT" + spec.category() + " UAPs differ before the selecting item " + sel.item());
      }
      max = Math.max(max, uap.size());
    }
    int[] at = fieldBits(first.get(index).variation(), sel.field());
    CategoryLayout[] byValue = new CategoryLayout[1 << at[1]];
    CategoryLayout family =
        new CategoryLayout(
            spec.variation(sel.first()), sel.first(), max, index, at[0], at[1], byValue);
    for (var e : sel.variationByValue().entrySet()) {
      String name = e.getValue();
      byValue[e.getKey()] =
          name.equals(sel.first())
              ? family
              : new CategoryLayout(spec.variation(name), name, max, -1, 0, 0, null);
    }
    return family;
  }

  /** {bit offset, width} of field {@code name} in the first octets of an item. */
  private static int[] fieldBits(Variation v, String name) {
    List<Field> fields;
    if (v instanceof Variation.Extended x) {
      fields = x.parts().get(0);
    } else if (v instanceof Variation.Group g) {
      fields = g.fields();
    } else {
      throw new IllegalArgumentException("cannot select a UAP on " + v);
    }
    int bit = 0;
    for (Field f : fields) {
      int bits = bits(f.variation());
      if (name.equals(f.name())) {
        if (bits > 16) {
          throw new IllegalArgumentException("selecting field " + name + " is too wide");
        }
        return new int[] {bit, bits};
      }
      bit += bits;
    }
    throw new IllegalArgumentException("no field " + name + " to select a UAP");
  }

  private static int bits(Variation v) {
    if (v instanceof Variation.Element e) {
      return e.bits();
    }
    if (v instanceof Variation.Spare s) {
      return s.bits();
    }
    if (v instanceof Variation.Group g) {
      int n = 0;
      for (Field f : g.fields()) {
        n += bits(f.variation());
      }
      return n;
    }
    throw new IllegalArgumentException("not a fixed-size field: " + v);
  }

  /**
   * The layout the rest of a record uses, given its selecting item at {@code buf[itemOffset]}: this
   * layout for single-UAP categories and for values without a variation.
   */
  CategoryLayout select(byte[] buf, int itemOffset) {
    if (byValue == null) {
      return this;
    }
    int v = (int) Bits.unsigned(buf, itemOffset, selectorBit, selectorBits);
    CategoryLayout l = byValue[v];
    return l == null ? this : l;
  }
}
