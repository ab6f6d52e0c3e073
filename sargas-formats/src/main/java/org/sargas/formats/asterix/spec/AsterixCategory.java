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
 *     an unused FRN
 */
public record AsterixCategory(int category, String edition, String title, List<AsterixItem> uap) {
  public AsterixCategory {
    Objects.requireNonNull(edition, "edition");
    uap = Collections.unmodifiableList(new ArrayList<>(uap));
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
