package org.sargas.formats.asterix.spec;

import java.util.Objects;

/**
 * One data item of a category, e.g. I048/040.
 *
 * @param category category number, e.g. 48
 * @param id the item's id within the category, e.g. {@code "040"}, {@code "RE"}, {@code "SP"}
 * @param title the specification's title
 * @param variation structure of the item
 */
public record AsterixItem(int category, String id, String title, Variation variation) {
  public AsterixItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(variation, "variation");
  }

  /** The item's spec name, e.g. {@code "I048/040"}. */
  public String specName() {
    return String.format("I%03d/%s", category, id);
  }
}
