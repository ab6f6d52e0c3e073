package org.sargas.formats.asterix.spec;

import java.util.Objects;

/**
 * A named part of an item: a subfield of a group or extended item, or a subitem of a compound.
 *
 * @param name the specification's short name, e.g. {@code "RHO"}; null for spare bits
 * @param title the specification's title, may be empty
 * @param variation structure of the part
 */
public record Field(String name, String title, Variation variation) {
  public Field {
    Objects.requireNonNull(variation, "variation");
    title = title == null ? "" : title;
  }

  /** Whether these are spare bits without a name (transmitted as zero, ignored on reception). */
  public boolean spare() {
    return name == null;
  }
}
