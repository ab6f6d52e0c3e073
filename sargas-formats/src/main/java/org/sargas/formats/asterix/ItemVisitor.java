package org.sargas.formats.asterix;

import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Receives the subfields of a record's items from {@link ItemWalker}, in transmission order.
 * Structure calls nest: an item contains fields, structs (groups, compound subitems) and lists
 * (repetitive items); a list contains structs or values with a null name.
 */
public interface ItemVisitor {
  /** A present item begins. */
  void beginItem(AsterixItem item);

  /** The current item ends. */
  void endItem();

  /** A named group or compound subitem begins (name null inside a list). */
  void beginStruct(String name);

  /** The current struct ends. */
  void endStruct();

  /** A repetitive item or subfield begins. */
  void beginList(String name);

  /** The current list ends. */
  void endList();

  /**
   * A numeric subfield.
   *
   * @param name spec name of the subfield (null for an element inside a list, or when the item is a
   *     single element)
   * @param raw the bits as transmitted, unsigned
   * @param value the scaled value in {@code unit} (two's complement applied), or the raw value for
   *     integers, raw fields and tables
   * @param unit the specification's unit, null for unitless values
   * @param meaning the table entry for enumerated values, else null
   */
  void number(String name, long raw, double value, String unit, String meaning);

  /**
   * A text subfield (flight identification, octal Mode 3/A code...).
   *
   * @param raw the bits as transmitted (for fields up to 64 bits), else 0
   */
  void text(String name, long raw, String value);

  /** Opaque octets: RE/SP contents, elements wider than 64 bits (hex, upper case). */
  void opaque(String name, String hex);
}
