package org.sargas.formats.asterix;

import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;

/** An edition with the precomputed layout of every UAP slot. Immutable and thread-safe. */
final class CategoryLayout {
  final AsterixCategory spec;
  final ItemLayout[] items;

  CategoryLayout(AsterixCategory spec) {
    this.spec = spec;
    this.items = new ItemLayout[spec.uap().size()];
    for (int k = 0; k < items.length; k++) {
      AsterixItem i = spec.uap().get(k);
      items[k] = i == null ? null : ItemLayout.of(i.variation());
    }
  }
}
