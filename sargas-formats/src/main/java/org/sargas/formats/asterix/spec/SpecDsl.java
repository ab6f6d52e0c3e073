package org.sargas.formats.asterix.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short constructors used by the generated edition tables in {@code
 * org.sargas.formats.asterix.editions}; they keep those tables readable.
 */
public final class SpecDsl {
  private SpecDsl() {}

  /** An item. */
  public static AsterixItem item(int cat, String id, String title, Variation v) {
    return new AsterixItem(cat, id, title, v);
  }

  /** A named field. */
  public static Field f(String name, String title, Variation v) {
    return new Field(name, title, v);
  }

  /** Spare bits inside a group or extended part. */
  public static Field spare(int bits) {
    return new Field(null, "", new Variation.Spare(bits));
  }

  /** An element. */
  public static Variation el(int bits, Content c) {
    return new Variation.Element(bits, c);
  }

  /** A group. */
  public static Variation group(Field... fields) {
    return new Variation.Group(Arrays.asList(fields));
  }

  /** One part of an extended item. */
  public static List<Field> part(Field... fields) {
    return Arrays.asList(fields);
  }

  /** An extended item. */
  @SafeVarargs
  public static Variation extended(List<Field>... parts) {
    return new Variation.Extended(Arrays.asList(parts));
  }

  /** A repetitive item with a one-octet repetition factor. */
  public static Variation repetitive(Variation element) {
    return new Variation.Repetitive(false, element);
  }

  /** A repetitive item chained by FX bits. */
  public static Variation repetitiveFx(Variation element) {
    return new Variation.Repetitive(true, element);
  }

  /** An explicit-length item. */
  public static Variation explicit(Variation.ExplicitKind kind) {
    return new Variation.Explicit(kind);
  }

  /** A compound item; null entries are unused presence bits. */
  public static Variation compound(Field... subitems) {
    return new Variation.Compound(Arrays.asList(subitems));
  }

  /** Raw content. */
  public static Content raw() {
    return new Content.Raw();
  }

  /** Table content from alternating value, meaning pairs. */
  public static Content table(Object... kv) {
    Map<Integer, String> m = new LinkedHashMap<>();
    for (int k = 0; k + 1 < kv.length; k += 2) {
      m.put((Integer) kv[k], (String) kv[k + 1]);
    }
    return new Content.Table(m);
  }

  /** Unsigned quantity. */
  public static Content uq(double lsb, String unit) {
    return new Content.Quantity(false, lsb, unit);
  }

  /** Signed (two's complement) quantity. */
  public static Content sq(double lsb, String unit) {
    return new Content.Quantity(true, lsb, unit);
  }

  /** Unsigned integer. */
  public static Content ui() {
    return new Content.Integer(false);
  }

  /** Signed integer. */
  public static Content si() {
    return new Content.Integer(true);
  }

  /** Text. */
  public static Content text(Content.TextKind kind) {
    return new Content.Text(kind);
  }

  /** Content selected by another field: {@code depends("150/IM", fallback, 0, c0, 1, c1)}. */
  public static Content depends(String path, Content fallback, Object... kv) {
    Map<Integer, Content> m = new LinkedHashMap<>();
    for (int k = 0; k + 1 < kv.length; k += 2) {
      m.put((Integer) kv[k], (Content) kv[k + 1]);
    }
    return new Content.Dependent(Arrays.asList(path.split("/")), m, fallback);
  }

  /** Comm-B register. */
  public static Content bds() {
    return new Content.Bds();
  }

  /**
   * The UAPs of a category with several, selected by field {@code field} of item {@code item}:
   * {@code cases} alternates field values and variation names, {@code uaps} variation names and
   * UAPs (in specification order).
   */
  public static UapSelection uaps(String item, String field, Object[] cases, Object... uaps) {
    Map<Integer, String> byValue = new LinkedHashMap<>();
    for (int k = 0; k < cases.length; k += 2) {
      byValue.put((Integer) cases[k], (String) cases[k + 1]);
    }
    Map<String, List<AsterixItem>> m = new LinkedHashMap<>();
    for (int k = 0; k < uaps.length; k += 2) {
      @SuppressWarnings("unchecked")
      List<AsterixItem> uap = (List<AsterixItem>) uaps[k + 1];
      m.put((String) uaps[k], uap);
    }
    return new UapSelection(item, field, byValue, m);
  }

  /** Alternating values and names for {@link #uaps}. */
  public static Object[] cases(Object... kv) {
    return kv;
  }
}
