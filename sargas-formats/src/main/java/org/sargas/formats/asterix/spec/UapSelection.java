package org.sargas.formats.asterix.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The User Application Profiles of a category that has several (CAT001: "plot" and "track"), and
 * which one a record uses: the value of field {@code field} of item {@code item}, which every
 * variation places at the same FRN, in front of anything that differs (asterix-specs {@code uaps}
 * with {@code case ITEM/FIELD}). A record whose selecting item is absent uses the first variation.
 *
 * @param item the selecting item, e.g. {@code "020"}
 * @param field the selecting field of that item, e.g. {@code "TYP"}
 * @param variationByValue the variation's name for each value of the field
 * @param uaps each variation's UAP by name, in specification order (entry {@code i} is FRN {@code i
 *     + 1}; null entries are unused FRNs)
 */
public record UapSelection(
    String item,
    String field,
    Map<Integer, String> variationByValue,
    Map<String, List<AsterixItem>> uaps) {
  public UapSelection {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(field, "field");
    variationByValue = Collections.unmodifiableMap(new TreeMap<>(variationByValue));
    Map<String, List<AsterixItem>> copy = new LinkedHashMap<>();
    uaps.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    uaps = Collections.unmodifiableMap(copy);
    if (uaps.isEmpty() || !uaps.keySet().containsAll(variationByValue.values())) {
      throw new IllegalArgumentException("selector names a variation without a UAP");
    }
  }

  /** The name of the first variation (the default). */
  public String first() {
    return uaps.keySet().iterator().next();
  }
}
