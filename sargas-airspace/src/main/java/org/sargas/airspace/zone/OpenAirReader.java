package org.sargas.airspace.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.Zone;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * Reads zones from the OpenAir text format (Winpilot/SeeYou airspace files). Records: {@code AC}
 * class (starts a zone), {@code AN} name, {@code AI} id (extension; else the name is the id),
 * {@code AL}/{@code AH} lower/upper limit (see {@link VerticalLimit}; {@code AGL} relative to 0 m),
 * {@code V X=} centre, {@code V D=+|-} arc direction (clockwise by default, reset per zone), {@code
 * DP} point, {@code DA} arc by radius (NM) and start/end bearings, {@code DB} arc between two
 * points, {@code DC} circle of a radius in NM. Coordinates are {@code DD:MM[:SS[.s]] N|S
 * DDD:MM[:SS[.s]] E|W} (minutes may carry decimals). Other records ({@code AT}, {@code SP}, {@code
 * SB}, {@code AY}, {@code DY}, {@code V W=}) are ignored; {@code *} starts a comment.
 *
 * <p>Classes become zone kinds through a mapping (default: {@code P} prohibited, {@code R}
 * restricted, {@code Q} danger); zones of unmapped classes are skipped. Arcs and circles are drawn
 * along geodesics from the centre, with vertices at most 1° apart. A zone with a malformed line is
 * skipped and reported as an {@link InputFailure} naming the line; reading goes on. Stateless and
 * thread-safe.
 */
public final class OpenAirReader {
  private static final double NM_M = 1852.0;
  private static final double ARC_STEP_DEG = 1.0;
  private final Map<String, ZoneKind> kinds;
  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

  /** A reader with the default class mapping (P, R, Q). */
  public OpenAirReader() {
    this(Map.of("P", ZoneKind.PROHIBITED, "R", ZoneKind.RESTRICTED, "Q", ZoneKind.DANGER));
  }

  /** A reader mapping OpenAir classes (upper case, e.g. {@code "CTR"}) to zone kinds. */
  public OpenAirReader(Map<String, ZoneKind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The mapped zones of the file; skipped zones' reasons go to {@code failures}. */
  public List<ZoneArea> read(String source, Reader in, List<InputFailure> failures)
      throws IOException {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    List<ZoneArea> out = new ArrayList<>();
    Builder b = null;
    String line;
    long no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String s = line.strip();
      if (no == 1 && s.startsWith("\uFEFF")) {
        s = s.substring(1).strip();
      }
      if (s.isEmpty() || s.startsWith("*")) {
        continue;
      }
      String key = s.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      String arg = s.length() > key.length() ? s.substring(key.length()).strip() : "";
      if (key.equals("AC")) {
        finish(b, source, out, failures);
        b = new Builder(no, arg.toUpperCase(Locale.ROOT));
        continue;
      }
      if (b == null || b.failed) {
        continue;
      }
      try {
        b.record(key, arg);
      } catch (IllegalArgumentException e) {
        b.failed = true;
        failures.add(new InputFailure(source, no, e.getMessage()));
      }
    }
    finish(b, source, out, failures);
    return out;
  }

  private void finish(Builder b, String source, List<ZoneArea> out, List<InputFailure> failures) {
    if (b == null || b.failed) {
      return;
    }
    ZoneKind kind = kinds.get(b.cls);
    if (kind == null) {
      return; // a class we were not asked to watch
    }
    if (b.points.size() < 3) {
      failures.add(
          new InputFailure(source, b.startLine, "zone '" + b.name + "' has fewer than 3 points"));
      return;
    }
    List<Coordinate> cs = new ArrayList<>(b.points);
    if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      cs.add(new Coordinate(cs.get(0)));
    }
    Polygon p = factory.createPolygon(cs.toArray(new Coordinate[0]));
    Geometry area = p.isValid() ? p : GeometryFixer.fix(p);
    if (area.isEmpty() || !(area instanceof Polygonal)) {
      failures.add(new InputFailure(source, b.startLine, "zone '" + b.name + "' has no area"));
      return;
    }
    String id = b.id != null ? b.id : b.name != null ? b.name : "openair-line-" + b.startLine;
    try {
      Zone zone = new Zone(id, b.name, kind, Applicability.ALL_TRACKS, b.floorM, b.ceilingM, null);
      out.add(new ZoneArea(zone, area));
    } catch (IllegalArgumentException e) {
      failures.add(new InputFailure(source, b.startLine, e.getMessage()));
    }
  }

  /** One zone being read. */
  private final class Builder {
    final long startLine;
    final String cls;
    String name;
    String id;
    double floorM = Double.NEGATIVE_INFINITY;
    double ceilingM = Double.POSITIVE_INFINITY;
    GeoPoint centre;
    boolean clockwise = true;
    final List<Coordinate> points = new ArrayList<>();
    boolean failed;

    Builder(long startLine, String cls) {
      this.startLine = startLine;
      this.cls = cls;
    }

    void record(String key, String arg) {
      switch (key) {
        case "AN":
          name = arg;
          break;
        case "AI":
          id = arg;
          break;
        case "AL":
          floorM = VerticalLimit.parseM(arg, 0, true);
          break;
        case "AH":
          ceilingM = VerticalLimit.parseM(arg, 0, false);
          break;
        case "V":
          variable(arg);
          break;
        case "DP":
          add(coordinate(arg));
          break;
        case "DC":
          circle(requireCentre(), radiusM(arg));
          break;
        case "DA":
          arcByAngles(arg);
          break;
        case "DB":
          arcBetween(arg);
          break;
        default:
          break; // AT, SP, SB, AY, DY and others carry nothing we use
      }
    }

    private void variable(String arg) {
      String a = arg.replace(" ", "");
      if (a.regionMatches(true, 0, "X=", 0, 2)) {
        centre = coordinate(arg.substring(arg.indexOf('=') + 1));
      } else if (a.regionMatches(true, 0, "D=", 0, 2)) {
        String d = a.substring(2);
        if (!d.equals("+") && !d.equals("-")) {
          throw new IllegalArgumentException("V D= must be + or -: '" + arg + "'");
        }
        clockwise = d.equals("+");
      }
    }

    private GeoPoint requireCentre() {
      if (centre == null) {
        throw new IllegalArgumentException("arc or circle before a centre (V X=)");
      }
      return centre;
    }

    private void add(GeoPoint p) {
      points.add(new Coordinate(p.lonDeg(), p.latDeg()));
    }

    private void circle(GeoPoint c, double radiusM) {
      if (!points.isEmpty()) {
        throw new IllegalArgumentException("DC in a zone that already has points");
      }
      int n = (int) Math.ceil(360 / ARC_STEP_DEG);
      for (int i = 0; i < n; i++) {
        add(Wgs84.destination(c, 360.0 * i / n, radiusM));
      }
    }

    private void arcByAngles(String arg) {
      String[] f = arg.split(",");
      if (f.length != 3) {
        throw new IllegalArgumentException("DA needs radius, start, end: '" + arg + "'");
      }
      double r = radiusM(f[0]);
      double a0 = number(f[1], "DA start angle");
      double a1 = number(f[2], "DA end angle");
      arc(requireCentre(), r, r, a0, a1);
    }

    private void arcBetween(String arg) {
      String[] f = arg.split(",");
      if (f.length != 2) {
        throw new IllegalArgumentException("DB needs two coordinates: '" + arg + "'");
      }
      GeoPoint c = requireCentre();
      GeoPoint p0 = coordinate(f[0]);
      GeoPoint p1 = coordinate(f[1]);
      arc(
          c,
          Wgs84.distanceM(c, p0),
          Wgs84.distanceM(c, p1),
          Wgs84.azimuthDeg(c, p0),
          Wgs84.azimuthDeg(c, p1));
    }

    /** An arc from bearing a0 to a1 in the zone's direction; the radius goes from r0 to r1. */
    private void arc(GeoPoint c, double r0, double r1, double a0, double a1) {
      double sweep = clockwise ? a1 - a0 : a0 - a1;
      sweep = sweep - 360 * Math.floor(sweep / 360);
      if (sweep == 0) {
        sweep = 360;
      }
      int n = (int) Math.max(1, Math.ceil(sweep / ARC_STEP_DEG));
      for (int i = 0; i <= n; i++) {
        double f = (double) i / n;
        double a = a0 + (clockwise ? 1 : -1) * sweep * f;
        add(Wgs84.destination(c, a, r0 + f * (r1 - r0)));
      }
    }
  }

  private static double radiusM(String s) {
    double nm = number(s, "radius");
    if (!(nm > 0)) {
      throw new IllegalArgumentException("radius must be positive: '" + s.strip() + "'");
    }
    return nm * NM_M;
  }

  private static double number(String s, String what) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a number: '" + s.strip() + "'");
    }
  }

  /** Parses {@code DD:MM[:SS] N DDD:MM[:SS] E} (also decimal minutes/seconds, no spaces). */
  static GeoPoint coordinate(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    int ns = Math.max(s.indexOf('N'), s.indexOf('S'));
    int ew = Math.max(s.indexOf('E'), s.indexOf('W'));
    if (ns < 0 || ew < 0 || ew < ns) {
      throw new IllegalArgumentException("coordinate not understood: '" + text.strip() + "'");
    }
    double lat = sexagesimal(s.substring(0, ns), text, 90);
    double lon = sexagesimal(s.substring(ns + 1, ew), text, 180);
    if (s.charAt(ns) == 'S') {
      lat = -lat;
    }
    if (s.charAt(ew) == 'W') {
      lon = -lon;
    }
    return GeoPoint.of(lat, lon);
  }

  private static double sexagesimal(String part, String text, double max) {
    String[] f = part.strip().split(":");
    if (f.length < 1 || f.length > 3 || f[0].isEmpty()) {
      throw new IllegalArgumentException("coordinate not understood: '" + text.strip() + "'");
    }
    double v = 0;
    double scale = 1;
    for (String x : f) {
      double d;
      try {
        d = Double.parseDouble(x.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("coordinate not understood: '" + text.strip() + "'");
      }
      if (d < 0 || (scale < 1 && d >= 60)) {
        throw new IllegalArgumentException("coordinate out of range: '" + text.strip() + "'");
      }
      v += d * scale;
      scale /= 60;
    }
    if (v > max) {
      throw new IllegalArgumentException("coordinate out of range: '" + text.strip() + "'");
    }
    return v;
  }
}
