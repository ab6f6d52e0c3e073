package org.sargas.airspace.zone;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a vertical limit of a zone into metres above mean sea level. Accepted forms (case and
 * spaces ignored): {@code GND}, {@code SFC} (ground: −∞), {@code UNL}, {@code UNLIM} (no limit:
 * +∞), {@code FL95} (flight level: 9,500 ft pressure altitude, taken as AMSL in the standard
 * atmosphere), {@code 2500ft}, {@code 2500 ft AMSL}, {@code 2500 ft MSL}, {@code 300 m}, {@code
 * 300m AMSL}, {@code 1000ft AGL} / {@code 1000 ft SFC} (above ground: added to the given ground
 * elevation), and a bare number (metres AMSL). A height above ground cannot be exact without
 * terrain: the caller passes the zone's ground elevation (0 when unknown).
 */
public final class VerticalLimit {
  private static final double FT_M = 0.3048;
  private static final Pattern FL = Pattern.compile("FL\\s*(\\d+(?:\\.\\d+)?)");
  private static final Pattern VALUE =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(FT|F|M)?\\s*(AMSL|MSL|ASL|AGL|SFC|GND)?");

  private VerticalLimit() {}

  /**
   * Metres AMSL.
   *
   * @param text the limit as written
   * @param groundElevationM ground elevation, m AMSL, for heights above ground
   * @param lower whether this is a lower limit (then "GND" is −∞; as an upper limit it is the
   *     ground elevation)
   * @throws IllegalArgumentException naming the text when it is not understood
   */
  public static double parseM(String text, double groundElevationM, boolean lower) {
    String s = text.trim().toUpperCase(Locale.ROOT);
    if (s.equals("GND") || s.equals("SFC") || s.equals("SURFACE") || s.equals("GROUND")) {
      return lower ? Double.NEGATIVE_INFINITY : groundElevationM;
    }
    if (s.startsWith("UNL") || s.equals("UNLIMITED")) {
      return Double.POSITIVE_INFINITY;
    }
    Matcher fl = FL.matcher(s);
    if (fl.matches()) {
      return Double.parseDouble(fl.group(1)) * 100 * FT_M;
    }
    Matcher v = VALUE.matcher(s);
    if (v.matches()) {
      double x = Double.parseDouble(v.group(1));
      String unit = v.group(2);
      String ref = v.group(3);
      double m = unit == null || unit.equals("M") ? x : x * FT_M;
      if (ref != null && (ref.equals("AGL") || ref.equals("SFC") || ref.equals("GND"))) {
        return groundElevationM + m;
      }
      return m;
    }
    throw new IllegalArgumentException("vertical limit not understood: '" + text + "'");
  }
}
