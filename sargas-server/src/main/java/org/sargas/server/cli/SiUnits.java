package org.sargas.server.cli;

import java.util.Map;

/** Conversion of ASTERIX specification units to SI (angles to radians). */
final class SiUnits {
  private static final Map<String, Double> FACTOR =
      Map.ofEntries(
          Map.entry("NM", 1852.0),
          Map.entry("ft", 0.3048),
          Map.entry("FL", 30.48),
          Map.entry("kt", 1852.0 / 3600.0),
          Map.entry("NM/s", 1852.0),
          Map.entry("ft/min", 0.3048 / 60.0),
          Map.entry("°", Math.PI / 180.0),
          Map.entry("°/s", Math.PI / 180.0),
          Map.entry("m", 1.0),
          Map.entry("m/s", 1.0),
          Map.entry("m/s²", 1.0),
          Map.entry("s", 1.0));
  private static final Map<String, String> SI =
      Map.ofEntries(
          Map.entry("NM", "m"),
          Map.entry("ft", "m"),
          Map.entry("FL", "m"),
          Map.entry("kt", "m/s"),
          Map.entry("NM/s", "m/s"),
          Map.entry("ft/min", "m/s"),
          Map.entry("°", "rad"),
          Map.entry("°/s", "rad/s"),
          Map.entry("m", "m"),
          Map.entry("m/s", "m/s"),
          Map.entry("m/s²", "m/s²"),
          Map.entry("s", "s"));

  private SiUnits() {}

  /** Multiply a value in {@code unit} by this to get SI; NaN when there is no SI counterpart. */
  static double factor(String unit) {
    Double f = FACTOR.get(unit);
    return f == null ? Double.NaN : f;
  }

  /** The SI unit for {@code unit}. */
  static String siUnit(String unit) {
    return SI.get(unit);
  }
}
