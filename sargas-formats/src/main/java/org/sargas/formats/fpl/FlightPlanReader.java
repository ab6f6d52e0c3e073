package org.sargas.formats.fpl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.plan.FlightPlan;

/**
 * Reads flight plans from text: ICAO FPL messages ({@code (FPL-...)}, any number, anywhere in the
 * text) or, when there are none, a CSV with the header {@code
 * callsign,mode3a,departure,destination,eobt,eet,route}. docs/identity.md gives both forms.
 *
 * <p>Route points: coordinates in item 15 ({@code 5430N02520E}, {@code 54N025E}), and the departure
 * and destination aerodromes placed by the caller's aerodrome directory; named points and airways
 * cannot be placed without a navigation database and are left out. A plan that cannot be read is a
 * {@link DecodeFailure} naming the source, the line and the reason; the others are kept.
 */
public final class FlightPlanReader {
  private static final Pattern FPL = Pattern.compile("\\(FPL-([^)]*)\\)", Pattern.DOTALL);
  private static final Pattern COORD =
      Pattern.compile("^(\\d{2})(\\d{2})?([NS])(\\d{3})(\\d{2})?([EW])(?:/.*)?$");
  private static final Pattern CALLSIGN = Pattern.compile("^[A-Z0-9]{2,7}$");
  private static final Pattern SSR = Pattern.compile("^[0-7]{4}$");
  private static final Pattern AERODROME_TIME = Pattern.compile("^([A-Z]{4})(\\d{4})$");
  private static final Pattern DOF = Pattern.compile("DOF/(\\d{6})");

  /** What a text held. */
  public record Result(List<FlightPlan> plans, List<DecodeFailure> failures) {}

  private FlightPlanReader() {}

  /**
   * Reads every plan in {@code text}.
   *
   * @param source file name, for the plans' provenance and the failures
   * @param dateOfFlight the date an FPL without {@code DOF/} flies on (the file's date)
   * @param aerodromes ICAO location indicator → position, or null when unknown
   */
  public static Result read(
      String source, String text, LocalDate dateOfFlight, Function<String, GeoPoint> aerodromes) {
    List<FlightPlan> plans = new ArrayList<>();
    List<DecodeFailure> failures = new ArrayList<>();
    Matcher m = FPL.matcher(text);
    boolean any = false;
    while (m.find()) {
      any = true;
      int line = lineOf(text, m.start());
      try {
        plans.add(fpl(m.group(1), source, line, dateOfFlight, aerodromes));
      } catch (IllegalArgumentException e) {
        failures.add(new DecodeFailure(source, line, "FPL: " + e.getMessage()));
      }
    }
    if (!any) {
      csv(source, text, aerodromes, plans, failures);
    }
    return new Result(plans, failures);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static FlightPlan fpl(
      String body,
      String source,
      int line,
      LocalDate dateOfFlight,
      Function<String, GeoPoint> aerodromes) {
    String[] items = body.replaceAll("\\s+", " ").trim().split("\\s*-\\s*");
    // items: [7] aircraft id, [8] rules, [9] type, [10] equipment, [13] ADEP+EOBT, [15] route,
    // [16] ADES+EET [alternates], [18] other information
    if (items.length < 7) {
      throw new IllegalArgumentException(
          "expected items 7, 8, 9, 10, 13, 15 and 16, found " + items.length + " items");
    }
    String[] id = items[0].split("/");
    String callsign = id[0].trim().toUpperCase(Locale.ROOT);
    if (!CALLSIGN.matcher(callsign).matches()) {
      throw new IllegalArgumentException("item 7: aircraft identification '" + id[0] + "'");
    }
    String mode3a = null;
    if (id.length > 1) {
      String code = id[1].trim().toUpperCase(Locale.ROOT);
      if (!code.startsWith("A") || !SSR.matcher(code.substring(1)).matches()) {
        throw new IllegalArgumentException("item 7: SSR code '" + id[1] + "'");
      }
      mode3a = code.substring(1);
    }
    Matcher dep = AERODROME_TIME.matcher(items[4].trim());
    if (!dep.matches()) {
      throw new IllegalArgumentException("item 13: '" + items[4] + "' is not ADEP + EOBT (HHMM)");
    }
    String[] dest = items[6].trim().split(" ");
    Matcher des = AERODROME_TIME.matcher(dest[0]);
    if (!des.matches()) {
      throw new IllegalArgumentException("item 16: '" + items[6] + "' is not ADES + EET (HHMM)");
    }
    LocalDate date = dateOfFlight;
    for (int i = 7; i < items.length; i++) {
      Matcher dof = DOF.matcher(items[i]);
      if (dof.find()) {
        try {
          date = LocalDate.parse(dof.group(1), DateTimeFormatter.ofPattern("yyMMdd"));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("item 18: DOF/" + dof.group(1));
        }
      }
    }
    Instant eobt = date.atTime(hhmm(dep.group(2), "EOBT")).toInstant(ZoneOffset.UTC);
    Duration eet = Duration.ofMinutes(minutes(des.group(2), "EET"));
    List<GeoPoint> route = new ArrayList<>();
    place(aerodromes, dep.group(1), route);
    String[] tokens = items[5].trim().split(" ");
    for (int i = 1; i < tokens.length; i++) { // token 0 is cruising speed and level
      GeoPoint p = coordinate(tokens[i]);
      if (p != null) {
        route.add(p);
      }
    }
    place(aerodromes, des.group(1), route);
    return new FlightPlan(
        callsign + "/" + dep.group(1) + "-" + des.group(1) + "/" + eobt,
        callsign,
        mode3a,
        dep.group(1),
        des.group(1),
        route,
        eobt,
        eet,
        source + ":" + line);
  }

  private static void place(
      Function<String, GeoPoint> aerodromes, String icao, List<GeoPoint> route) {
    GeoPoint p = aerodromes == null ? null : aerodromes.apply(icao);
    if (p != null) {
      route.add(p);
    }
  }

  /** A coordinate route point ({@code 5430N02520E} or {@code 54N025E}), or null. */
  static GeoPoint coordinate(String token) {
    Matcher c = COORD.matcher(token.trim().toUpperCase(Locale.ROOT));
    if (!c.matches()) {
      return null;
    }
    double lat =
        Integer.parseInt(c.group(1))
            + (c.group(2) == null ? 0 : Integer.parseInt(c.group(2)) / 60.0);
    double lon =
        Integer.parseInt(c.group(4))
            + (c.group(5) == null ? 0 : Integer.parseInt(c.group(5)) / 60.0);
    if (lat > 90 || lon > 180) {
      return null;
    }
    return GeoPoint.of("S".equals(c.group(3)) ? -lat : lat, "W".equals(c.group(6)) ? -lon : lon);
  }

  private static LocalTime hhmm(String s, String what) {
    int h = Integer.parseInt(s.substring(0, 2));
    int m = Integer.parseInt(s.substring(2));
    if (h > 23 || m > 59) {
      throw new IllegalArgumentException(what + " " + s + " is not a time of day");
    }
    return LocalTime.of(h, m);
  }

  private static long minutes(String s, String what) {
    int h = Integer.parseInt(s.substring(0, 2));
    int m = Integer.parseInt(s.substring(2));
    if (m > 59) {
      throw new IllegalArgumentException(what + " " + s + ": minutes above 59");
    }
    return h * 60L + m;
  }

  private static void csv(
      String source,
      String text,
      Function<String, GeoPoint> aerodromes,
      List<FlightPlan> plans,
      List<DecodeFailure> failures) {
    String[] lines = text.split("\r?\n", -1);
    String[] header = null;
    for (int n = 0; n < lines.length; n++) {
      String l = lines[n].trim();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] cols = l.split(",", -1);
      if (header == null) {
        header = cols;
        for (int i = 0; i < header.length; i++) {
          header[i] = header[i].trim().toLowerCase(Locale.ROOT);
        }
        if (index(header, "callsign") < 0 || index(header, "eobt") < 0) {
          failures.add(
              new DecodeFailure(
                  source,
                  n + 1,
                  "neither ICAO FPL messages nor a CSV header with callsign and eobt columns"));
          return;
        }
        continue;
      }
      try {
        plans.add(csvPlan(header, cols, source, n + 1, aerodromes));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        failures.add(new DecodeFailure(source, n + 1, "CSV: " + e.getMessage()));
      }
    }
  }

  private static FlightPlan csvPlan(
      String[] header,
      String[] cols,
      String source,
      int line,
      Function<String, GeoPoint> aerodromes) {
    String callsign = col(header, cols, "callsign");
    if (callsign == null || !CALLSIGN.matcher(callsign.toUpperCase(Locale.ROOT)).matches()) {
      throw new IllegalArgumentException("callsign '" + callsign + "'");
    }
    String mode3a = col(header, cols, "mode3a");
    if (mode3a != null && !SSR.matcher(mode3a).matches()) {
      throw new IllegalArgumentException("mode3a '" + mode3a + "' is not 4 octal digits");
    }
    String adep = upper(col(header, cols, "departure"));
    String ades = upper(col(header, cols, "destination"));
    Instant eobt = Instant.parse(col(header, cols, "eobt"));
    String eetText = col(header, cols, "eet");
    Duration eet =
        eetText == null ? null : Duration.ofMinutes(Math.round(Double.parseDouble(eetText)));
    List<GeoPoint> route = new ArrayList<>();
    if (adep != null) {
      place(aerodromes, adep, route);
    }
    String r = col(header, cols, "route");
    if (r != null) {
      for (String pt : r.split(";")) {
        String p = pt.trim();
        if (p.isEmpty()) {
          continue;
        }
        GeoPoint g = coordinate(p);
        if (g == null) {
          String[] ll = p.split("\\s+");
          if (ll.length != 2) {
            throw new IllegalArgumentException(
                "route point '" + p + "' is neither 'lat lon' nor 5430N02520E");
          }
          double lat = Double.parseDouble(ll[0]);
          double lon = Double.parseDouble(ll[1]);
          if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("route point '" + p + "' outside the globe");
          }
          g = GeoPoint.of(lat, lon);
        }
        route.add(g);
      }
    }
    if (ades != null) {
      place(aerodromes, ades, route);
    }
    callsign = callsign.toUpperCase(Locale.ROOT);
    return new FlightPlan(
        callsign
            + "/"
            + (adep == null ? "?" : adep)
            + "-"
            + (ades == null ? "?" : ades)
            + "/"
            + eobt,
        callsign,
        mode3a,
        adep,
        ades,
        route,
        eobt,
        eet,
        source + ":" + line);
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static int index(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String col(String[] header, String[] cols, String name) {
    int i = index(header, name);
    if (i < 0 || i >= cols.length) {
      return null;
    }
    String v = cols[i].trim();
    return v.isEmpty() ? null : v;
  }
}
