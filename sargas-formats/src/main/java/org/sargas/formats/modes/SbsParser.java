package org.sargas.formats.modes;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;

/**
 * Parses SBS-1 / BaseStation CSV lines (the format of port 30003: 22 comma-separated fields, first
 * {@code MSG}). Other record kinds (SEL, ID, AIR, STA, CLK) are reported as failures, not errors of
 * the stream. A line holding a value outside its domain — latitude outside [-90°, 90°], longitude
 * outside [-180°, 180°], altitude outside [-1,500, 30,000] m (field 12, feet), ground speed above
 * 1,500 m/s (field 13, knots), track outside [0°, 360°], a squawk that is not four octal digits —
 * gives one failure per such field, naming it, and no message. Stateless and thread-safe.
 */
public final class SbsParser {
  private static final double FT_M = 0.3048;
  private static final double KT_MPS = 1852.0 / 3600.0;
  private static final FieldDomain TRACK = new FieldDomain("track", 0, 360, false, "°", 1);

  private SbsParser() {}

  /**
   * @param failures receives the reason when the line is not a valid MSG line
   * @return the message, or null
   */
  public static SbsMessage parse(
      String line, String source, long offset, Consumer<DecodeFailure> failures) {
    String[] f = line.strip().split(",", -1);
    if (f.length < 22 || !f[0].equals("MSG")) {
      failures.accept(new DecodeFailure(source, offset, "not an SBS MSG line with 22 fields"));
      return null;
    }
    try {
      int type = Integer.parseInt(f[1].trim());
      String icao = f[4].trim().toUpperCase(java.util.Locale.ROOT);
      if (type < 1 || type > 8 || !hexIdent(icao)) {
        failures.accept(
            new DecodeFailure(source, offset, "bad SBS transmission type or hex ident"));
        return null;
      }
      SbsMessage m =
          new SbsMessage(
              type,
              icao,
              f[6].trim(),
              f[7].trim(),
              blank(f[10]),
              num(f[11]),
              num(f[12]),
              num(f[13]),
              num(f[14]),
              num(f[15]),
              num(f[16]),
              blank(f[17]),
              flag(f[21]));
      return inDomain(m, source, offset, failures) ? m : null;
    } catch (NumberFormatException e) {
      failures.accept(new DecodeFailure(source, offset, "bad SBS number: " + e.getMessage()));
      return null;
    }
  }

  /** Reports every field of {@code m} outside its domain; true when there is none. */
  private static boolean inDomain(
      SbsMessage m, String source, long offset, Consumer<DecodeFailure> failures) {
    double altM = m.altitudeFt() * FT_M;
    double speedMps = m.groundSpeedKt() * KT_MPS;
    boolean squawkOk = m.squawk() == null || octal4(m.squawk());
    if (squawkOk
        && !FieldDomain.PRESSURE_ALTITUDE.outside(altM)
        && !FieldDomain.GROUND_SPEED.outside(speedMps)
        && !TRACK.outside(m.trackDeg())
        && !FieldDomain.LATITUDE.outside(m.latDeg())
        && !FieldDomain.LONGITUDE.outside(m.lonDeg())) {
      return true;
    }
    String field = "SBS MSG," + m.transmissionType() + " field ";
    FieldDomain.PRESSURE_ALTITUDE.check(altM, source, offset, field + 12, failures);
    FieldDomain.GROUND_SPEED.check(speedMps, source, offset, field + 13, failures);
    TRACK.check(m.trackDeg(), source, offset, field + 14, failures);
    FieldDomain.LATITUDE.check(m.latDeg(), source, offset, field + 15, failures);
    FieldDomain.LONGITUDE.check(m.lonDeg(), source, offset, field + 16, failures);
    if (!squawkOk) {
      failures.accept(
          new DecodeFailure(
              source, offset, field + "18 squawk \"" + m.squawk() + "\" is not four octal digits"));
    }
    return false;
  }

  private static boolean octal4(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '7') {
        return false;
      }
    }
    return true;
  }

  /** Six hex digits, optionally preceded by '~' (a non-ICAO address). */
  private static boolean hexIdent(String s) {
    int start = s.startsWith("~") ? 1 : 0;
    if (s.length() - start != 6) {
      return false;
    }
    for (int k = start; k < s.length(); k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String blank(String s) {
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private static double num(String s) {
    String t = s.trim();
    return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
  }

  private static Boolean flag(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    return !t.equals("0");
  }
}
