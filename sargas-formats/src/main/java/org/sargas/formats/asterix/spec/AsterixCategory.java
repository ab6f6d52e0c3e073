package org.sargas.formats.asterix.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One edition of one ASTERIX category with its User Application Profile.
 *
 * @param category category number, 0..255
 * @param edition edition, e.g. {@code "1.32"}
 * @param title the specification's title
 * @param uap items by field reference number: entry {@code i} is FRN {@code i + 1}; a null entry is
 *     an unused FRN. For a category with several UAPs, the UAP of this variation (the first one for
 *     the category itself)
 * @param selection the UAPs and how a record chooses one, for categories with several (CAT001);
 *     null for the others and for a single {@link #variation}
 */
public record AsterixCategory(
    int category, String edition, String title, List<AsterixItem> uap, UapSelection selection) {
  public AsterixCategory {
    Objects.requireNonNull(edition, "edition");
    uap = Collections.unmodifiableList(new ArrayList<>(uap));
  }

  /** A category with a single UAP. */
  public AsterixCategory(int category, String edition, String title, List<AsterixItem> uap) {
    this(category, edition, title, uap, null);
  }

  /** A category with several UAPs: its {@link #uap()} is the first variation's. */
  public AsterixCategory(int category, String edition, String title, UapSelection selection) {
    this(category, edition, title, selection.uaps().get(selection.first()), selection);
  }

  /**
   * The category restricted to one UAP variation (e.g. {@code "track"} of CAT001), or this category
   * when it has a single UAP and {@code name} is null.
   *
   * @throws IllegalArgumentException when there is no such variation
   */
  public AsterixCategory variation(String name) {
    if (selection == null && name == null) {
      return this;
    }
    List<AsterixItem> v = selection == null ? null : selection.uaps().get(name);
    if (v == null) {
      throw new IllegalArgumentException("CAT" + category + " has no UAP variation " + name);
    }
    return new AsterixCategory(category, edition, title, v, null);
  }

  /** The item with the given id (e.g. {@code "040"}), or null. */
  public AsterixItem item(String id) {
    for (AsterixItem i : uap) {
      if (i != null && i.id().equals(id)) {
        return i;
      }
    }
    return null;
  }

  /** Zero-based UAP index (FRN - 1) of the item with the given id, or -1. */
  public int indexOf(String id) {
    for (int k = 0; k < uap.size(); k++) {
      AsterixItem i = uap.get(k);
      if (i != null && i.id().equals(id)) {
        return k;
      }
    }
    return -1;
  }
}
