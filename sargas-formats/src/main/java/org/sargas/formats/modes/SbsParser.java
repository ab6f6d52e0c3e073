package org.sargas.formats.modes;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;

/**
 * Parses SBS-1 / BaseStation CSV lines (the format of port 30003: 22 comma-separated fields, first
 * {@code MSG}). Other record kinds (SEL, ID, AIR, STA, CLK) are reported as failures, not errors of
 * the stream. Stateless and thread-safe.
 */
public final class SbsParser {
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
      return new SbsMessage(
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
    } catch (NumberFormatException e) {
      failures.accept(new DecodeFailure(source, offset, "bad SBS number: " + e.getMessage()));
      return null;
    }
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
