package org.sargas.formats.asterix.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * The editions Sargas knows and the choice of one edition per category. An ASTERIX data block does
 * not say which edition it follows, so a receiver is configured per feed; {@link #latest()} is the
 * default.
 */
public final class AsterixEditions {
  private static final List<AsterixCategory> ALL =
      List.of(
          Cat001Edition1_4.CATEGORY,
          Cat002Edition1_2.CATEGORY,
          Cat021Edition2_6.CATEGORY,
          Cat021Edition2_7.CATEGORY,
          Cat034Edition1_29.CATEGORY,
          Cat048Edition1_31.CATEGORY,
          Cat048Edition1_32.CATEGORY,
          Cat062Edition1_19.CATEGORY,
          Cat062Edition1_21.CATEGORY,
          Cat063Edition1_7.CATEGORY,
          Cat065Edition1_6.CATEGORY);

  private AsterixEditions() {}

  /** Every supported edition of every category. */
  public static List<AsterixCategory> all() {
    return ALL;
  }

  /** The given edition of the given category, or null when not supported. */
  public static AsterixCategory find(int category, String edition) {
    for (AsterixCategory c : ALL) {
      if (c.category() == category && c.edition().equals(edition)) {
        return c;
      }
    }
    return null;
  }

  /** The newest supported edition of each category, keyed by category number. */
  public static Map<Integer, AsterixCategory> latest() {
    Map<Integer, AsterixCategory> m = new TreeMap<>();
    for (AsterixCategory c : ALL) {
      AsterixCategory prev = m.get(c.category());
      if (prev == null || compare(c.edition(), prev.edition()) > 0) {
        m.put(c.category(), c);
      }
    }
    return m;
  }

  /**
   * {@link #latest()} with some categories overridden, e.g. {@code ["21=2.6", "62=1.19"]}.
   *
   * @throws IllegalArgumentException when a selection names an unknown category or edition
   */
  public static Map<Integer, AsterixCategory> select(List<String> overrides) {
    Map<Integer, AsterixCategory> m = latest();
    List<String> bad = new ArrayList<>();
    for (String o : overrides) {
      String[] kv = o.split("=", 2);
      AsterixCategory c = null;
      if (kv.length == 2) {
        try {
          c = find(Integer.parseInt(kv[0].trim()), kv[1].trim());
        } catch (NumberFormatException e) {
          c = null;
        }
      }
      if (c == null) {
        bad.add(o);
      } else {
        m.put(c.category(), c);
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException("unknown ASTERIX category/edition: " + bad);
    }
    return m;
  }

  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int k = 0; k < Math.max(x.length, y.length); k++) {
      int p = k < x.length ? Integer.parseInt(x[k]) : 0;
      int q = k < y.length ? Integer.parseInt(y[k]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }
}
