package org.sargas.formats.asterix.spec;

import java.util.Map;

/**
 * What the bits of one ASTERIX element mean (the "content" of an element in the EUROCONTROL
 * specifications and in zoranbosnjak/asterix-specs).
 */
public sealed interface Content
    permits Content.Raw,
        Content.Table,
        Content.Quantity,
        Content.Integer,
        Content.Text,
        Content.Bds,
        Content.Dependent {

  /** Opaque bits, reported as an unsigned integer (or hex when wider than 63 bits). */
  record Raw() implements Content {}

  /**
   * An enumerated value.
   *
   * @param meanings value to meaning as written in the specification
   */
  record Table(Map<java.lang.Integer, String> meanings) implements Content {
    public Table {
      meanings = Map.copyOf(meanings);
    }
  }

  /**
   * A scaled physical quantity: {@code value = raw * lsb} in {@code unit}.
   *
   * @param signed whether the raw bits are two's complement
   * @param lsb value of the least significant bit in {@code unit}
   * @param unit the specification's unit ("NM", "°", "ft", "FL", "s", "m/s", "NM/s", "kt"...)
   */
  record Quantity(boolean signed, double lsb, String unit) implements Content {}

  /**
   * A plain integer count or identifier.
   *
   * @param signed whether the raw bits are two's complement
   */
  record Integer(boolean signed) implements Content {}

  /**
   * Characters.
   *
   * @param kind how characters are packed
   */
  record Text(TextKind kind) implements Content {}

  /** A Mode S Comm-B register (56 bits of MB data, optionally followed by the BDS code). */
  record Bds() implements Content {}

  /**
   * Content chosen by the value of another field of the same item (e.g. I021/150 AS is in NM/s or
   * Mach depending on IM).
   *
   * @param path the selecting field as item id then field names, e.g. {@code ["150", "IM"]}
   * @param cases content per value of the selecting field
   * @param fallback content for any other value
   */
  record Dependent(
      java.util.List<String> path, Map<java.lang.Integer, Content> cases, Content fallback)
      implements Content {
    public Dependent {
      path = java.util.List.copyOf(path);
      cases = Map.copyOf(cases);
    }
  }

  /** Character packing of {@link Text} content. */
  enum TextKind {
    /** ICAO 6-bit characters (ICAO Annex 10 Vol IV, 3.1.2.9.1.2), as in flight identification. */
    ICAO,
    /** 8-bit ASCII. */
    ASCII,
    /** Octal digits, 3 bits each, as in Mode 3/A codes. */
    OCTAL
  }
}
