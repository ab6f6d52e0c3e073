package org.sargas.formats.asterix.spec;

import java.util.Collections;
import java.util.List;

/**
 * The structure of an ASTERIX item or subfield, as defined in EUROCONTROL "ASTERIX Part 1" (data
 * item formats): fixed-length elements and groups, extended (FX-chained octets), repetitive,
 * explicit-length and compound items.
 */
public sealed interface Variation
    permits Variation.Element,
        Variation.Spare,
        Variation.Group,
        Variation.Extended,
        Variation.Repetitive,
        Variation.Explicit,
        Variation.Compound {

  /** Length in bits when it does not depend on the data, else -1. */
  int fixedBits();

  /**
   * Bits of one value.
   *
   * @param bits width in bits (1..64 for numbers; wider for raw and text)
   * @param content meaning of the bits
   */
  record Element(int bits, Content content) implements Variation {
    @Override
    public int fixedBits() {
      return bits;
    }
  }

  /**
   * Spare bits, zero on transmission.
   *
   * @param bits width in bits
   */
  record Spare(int bits) implements Variation {
    @Override
    public int fixedBits() {
      return bits;
    }
  }

  /**
   * Fixed-length sequence of fields.
   *
   * @param fields the parts in transmission order (most significant bit first)
   */
  record Group(List<Field> fields) implements Variation {
    public Group {
      fields = List.copyOf(fields);
    }

    @Override
    public int fixedBits() {
      int sum = 0;
      for (Field f : fields) {
        int b = f.variation().fixedBits();
        if (b < 0) {
          return -1;
        }
        sum += b;
      }
      return sum;
    }
  }

  /**
   * Extended item: a primary part followed by extensions, each part ending with an FX bit that says
   * whether another part follows. A part whose fields fill whole octets has no FX bit.
   *
   * @param parts fields of each part, without the FX bit
   */
  record Extended(List<List<Field>> parts) implements Variation {
    public Extended {
      parts = parts.stream().map(List::copyOf).toList();
    }

    @Override
    public int fixedBits() {
      return -1;
    }
  }

  /**
   * Repetitive item: a one-octet repetition factor followed by that many elements ({@code fx ==
   * false}), or elements each ending with an FX bit ({@code fx == true}).
   *
   * @param fx whether repetition is signalled by FX bits instead of a count octet
   * @param element structure of one repetition (without the FX bit)
   */
  record Repetitive(boolean fx, Variation element) implements Variation {
    @Override
    public int fixedBits() {
      return -1;
    }
  }

  /**
   * Explicit-length item: the first octet gives the length of the item including itself.
   *
   * @param kind RE (reserved expansion), SP (special purpose) or a plain explicit item
   */
  record Explicit(ExplicitKind kind) implements Variation {
    @Override
    public int fixedBits() {
      return -1;
    }
  }

  /**
   * Compound item: a primary subfield (FX-chained presence bits) followed by the present subitems.
   *
   * @param subitems subitems in presence-bit order; a null entry is an unused presence bit
   */
  record Compound(List<Field> subitems) implements Variation {
    public Compound {
      subitems = Collections.unmodifiableList(new java.util.ArrayList<>(subitems));
    }

    @Override
    public int fixedBits() {
      return -1;
    }
  }

  /** Which explicit item. */
  enum ExplicitKind {
    /** Reserved Expansion Field: content defined outside the category specification. */
    RE,
    /** Special Purpose Field: content defined by the user. */
    SP,
    /** Explicit item defined in the specification. */
    PLAIN
  }
}
