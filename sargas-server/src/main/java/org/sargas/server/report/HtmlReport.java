package org.sargas.server.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;

/**
 * A self-contained HTML incident report: an inline SVG map (equirectangular, scaled by cos φ) of
 * the border, the track with its 2-σ horizontal uncertainty, the entry, exit and maximum-depth
 * points; a timeline; and the facts table. In English, Lithuanian, Polish, Estonian or Latvian
 * ({@link ReportText} bundles; {@link #LANGUAGES}): words, dates and numbers in the language, times
 * always UTC and labelled so. Stateless apart from the borders.
 */
public final class HtmlReport {
  private static final int W = 900;
  private static final int H = 600;

  /** The report's languages (ISO 639-1), English first. */
  public static final List<String> LANGUAGES = List.of("en", "lt", "pl", "et", "lv");

  private final CountryBorders borders;

  public HtmlReport(CountryBorders borders) {
    this.borders = borders;
  }

  /** The page in English. */
  public String render(Violation v, List<Track> track) {
    return render(v, track, "en");
  }

  /**
   * The language of a request's {@code lang} value ({@code pl}, {@code pl-PL}, any case): one of
   * {@link #LANGUAGES}, English for null or an unknown one.
   */
  public static String language(String requested) {
    if (requested == null) {
      return "en";
    }
    String base = requested.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return LANGUAGES.contains(base) ? base : "en";
  }

  /** The page in a language of {@link #LANGUAGES} (others: English), without a smoothed path. */
  public String render(Violation v, List<Track> track, String lang) {
    return render(v, track, List.of(), lang);
  }

  /**
   * The page in a language of {@link #LANGUAGES} (others: English): the filtered track (solid red)
   * and, when given, the smoothed track (dashed blue); the page says which of the two the figures
   * were measured on ({@link Violation#basis()}).
   */
  public String render(Violation v, List<Track> track, List<Track> smoothed, String lang) {
    Words w = new Words(language(lang));
    Envelope env = new Envelope();
    env.expandToInclude(v.entryPoint().lonDeg(), v.entryPoint().latDeg());
    for (GeoPoint p : new GeoPoint[] {v.exitPoint(), v.maxDepthPoint()}) {
      if (p != null) {
        env.expandToInclude(p.lonDeg(), p.latDeg());
      }
    }
    for (Track t : track) {
      env.expandToInclude(t.position().lonDeg(), t.position().latDeg());
    }
    for (Track t : smoothed) {
      env.expandToInclude(t.position().lonDeg(), t.position().latDeg());
    }
    double lat0 = env.centre().y;
    double k = Math.cos(Math.toRadians(lat0));
    double padDeg = Math.max(0.02, Math.max(env.getWidth() * k, env.getHeight()) * 0.15);
    env.expandBy(padDeg / k, padDeg);
    double sx = W / (env.getWidth() * k);
    double sy = H / env.getHeight();
    double s = Math.min(sx, sy);
    Proj proj = new Proj(env, k, s);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" style=\"background:#eef3f7\">\n");
    Set<String> countries = new LinkedHashSet<>();
    countries.add(v.zoneId());
    if (v.originCountry() != null) {
      countries.add(v.originCountry());
    }
    if (v.exitCountry() != null) {
      countries.add(v.exitCountry());
    }
    Geometry box = new GeometryFactory().toGeometry(env);
    for (String c : countries) {
      Geometry g = borders.territory(c);
      if (g == null) {
        continue;
      }
      Geometry clip = g.intersection(box);
      String fill = c.equals(v.zoneId()) ? "#dbe9d5" : "#f1dede";
      for (int i = 0; i < clip.getNumGeometries(); i++) {
        if (clip.getGeometryN(i) instanceof Polygon poly) {
          svg.append("<path fill=\"")
              .append(fill)
              .append("\" stroke=\"#555\" stroke-width=\"1.2\" d=\"");
          ring(svg, poly.getExteriorRing().getCoordinates(), proj);
          for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            ring(svg, poly.getInteriorRingN(h).getCoordinates(), proj);
          }
          svg.append("\"/>\n");
        }
      }
      Coordinate centre = clip.isEmpty() ? null : clip.getInteriorPoint().getCoordinate();
      if (centre != null) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"16\" fill=\"#444\">%s</text>%n",
                proj.x(centre.x),
                proj.y(centre.y),
                GeoReports.esc(c)));
      }
    }
    double mPerPx = 111_320.0 / s;
    for (Track t : track) {
      double r = Math.max(1.5, 2 * t.sigmaMajorM() / mPerPx);
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#e33\" fill-opacity=\"0.08\" stroke=\"none\"/>%n",
              proj.x(t.position().lonDeg()),
              proj.y(t.position().latDeg()),
              r));
    }
    polyline(svg, proj, track, "stroke=\"#c00\" stroke-width=\"2\"");
    polyline(svg, proj, smoothed, "stroke=\"#14c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"");
    marker(svg, proj, v.entryPoint(), "#06c", w.get("marker.entry"));
    marker(svg, proj, v.exitPoint(), "#080", w.get("marker.exit"));
    marker(
        svg,
        proj,
        v.maxDepthPoint(),
        "#c60",
        w.get("marker.maxDepth", w.number(Math.round(v.maxDepthM()), 0)));
    double barM = niceScale(mPerPx * W / 5);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"20\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-width=\"3\"/>"
                + "<text x=\"20\" y=\"%d\" font-size=\"12\">%s</text>%n",
            H - 20,
            20 + barM / mPerPx,
            H - 20,
            H - 28,
            barM >= 1000 ? w.number(barM / 1000, 1) + " km" : w.number(barM, 0) + " m"));
    svg.append("</svg>");

    Map<String, Object> facts = ViolationJson.toMap(v);
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"")
        .append(w.lang)
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(GeoReports.esc(w.get("title", v.violationId())))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 8px;text-align:left}"
                + ".tl{position:relative;height:50px;border-top:2px solid #333;margin:30px 0 40px}"
                + ".tl div{position:absolute;top:-8px;font-size:12px}</style></head><body>\n");
    html.append("<h1>")
        .append(GeoReports.esc(w.get("heading", v.violationId())))
        .append("</h1>\n<p>");
    String entry = w.time(v.entryTime());
    String sentence =
        v.originCountry() == null
            ? w.get("summary.entered", v.trackId(), v.zoneId(), entry)
            : w.get("summary.enteredFrom", v.trackId(), v.zoneId(), entry, v.originCountry());
    sentence +=
        v.exitTime() == null
            ? w.get("summary.stillInside")
            : w.get("summary.left", w.time(v.exitTime()));
    sentence +=
        w.get(
            "summary.depth",
            w.number(v.maxDepthM(), 0),
            w.number(v.maxDepthLow95M(), 0),
            w.number(v.maxDepthHigh95M(), 0));
    html.append(GeoReports.esc(sentence)).append("</p>\n");
    html.append("<h2>")
        .append(GeoReports.esc(w.get("map")))
        .append("</h2>\n")
        .append(svg)
        .append("\n<p>")
        .append(GeoReports.esc(w.get("map.note")))
        .append("</p>\n<p>")
        .append(GeoReports.esc(w.get("map.paths", w.get("basis." + v.basis().name()))))
        .append("</p>\n");
    html.append("<h2>")
        .append(GeoReports.esc(w.get("timeline")))
        .append("</h2>\n")
        .append(timeline(v, track, w))
        .append('\n');
    html.append("<h2>").append(GeoReports.esc(w.get("facts"))).append("</h2>\n<table>\n");
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      html.append("<tr><th>")
          .append(GeoReports.esc(w.get("fact." + e.getKey())))
          .append("</th><td>")
          .append(GeoReports.esc(w.fact(e.getKey(), e.getValue())))
          .append("</td></tr>\n");
    }
    html.append("<tr><th>")
        .append(GeoReports.esc(w.get("fact.trackPoints")))
        .append("</th><td>")
        .append(track.size())
        .append("</td></tr>\n</table>\n");
    html.append("<p>").append(GeoReports.esc(w.get("identity.note"))).append("</p>\n");
    html.append("<p>").append(w.get("footer")).append("</p>\n</body></html>\n");
    return html.toString();
  }

  private static String timeline(Violation v, List<Track> track, Words w) {
    Map<String, java.time.Instant> marks = new LinkedHashMap<>();
    if (!track.isEmpty()) {
      marks.put(w.get("mark.firstPoint"), track.get(0).time());
    }
    marks.put(w.get("mark.entry"), v.entryTime());
    if (v.maxDepthTime() != null) {
      marks.put(w.get("mark.maxDepth"), v.maxDepthTime());
    }
    if (v.exitTime() != null) {
      marks.put(w.get("mark.exit"), v.exitTime());
    }
    if (!track.isEmpty()) {
      marks.put(w.get("mark.lastPoint"), track.get(track.size() - 1).time());
    }
    long t0 = marks.values().stream().mapToLong(java.time.Instant::toEpochMilli).min().orElse(0);
    long t1 = marks.values().stream().mapToLong(java.time.Instant::toEpochMilli).max().orElse(1);
    long span = Math.max(1, t1 - t0);
    StringBuilder sb = new StringBuilder("<div class=\"tl\">");
    int row = 0;
    for (Map.Entry<String, java.time.Instant> e : marks.entrySet()) {
      double pct = 100.0 * (e.getValue().toEpochMilli() - t0) / span;
      sb.append(
          String.format(
              Locale.ROOT,
              "<div style=\"left:%.1f%%;top:%dpx\">&#9650; %s<br>%s</div>",
              Math.min(pct, 85),
              (row++ % 2) * 22 - 8,
              GeoReports.esc(e.getKey()),
              GeoReports.esc(w.time(e.getValue()))));
    }
    return sb.append("</div>").toString();
  }

  /** The track's positions as an SVG polyline with {@code style} attributes (none for < 2). */
  private static void polyline(StringBuilder svg, Proj proj, List<Track> track, String style) {
    if (track.size() < 2) {
      return;
    }
    svg.append("<polyline fill=\"none\" ").append(style).append(" points=\"");
    for (Track t : track) {
      svg.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              proj.x(t.position().lonDeg()),
              proj.y(t.position().latDeg())));
    }
    svg.append("\"/>\n");
  }

  private static void marker(
      StringBuilder svg, Proj proj, GeoPoint p, String colour, String label) {
    if (p == null) {
      return;
    }
    double x = proj.x(p.lonDeg());
    double y = proj.y(p.latDeg());
    svg.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"#fff\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" fill=\"%s\">%s</text>%n",
            x,
            y,
            colour,
            x + 9,
            y - 6,
            colour,
            GeoReports.esc(label)));
  }

  private static void ring(StringBuilder svg, Coordinate[] cs, Proj proj) {
    for (int i = 0; i < cs.length; i++) {
      svg.append(i == 0 ? 'M' : 'L')
          .append(String.format(Locale.ROOT, "%.1f,%.1f", proj.x(cs[i].x), proj.y(cs[i].y)));
    }
    svg.append('Z');
  }

  private static double niceScale(double m) {
    double p = Math.pow(10, Math.floor(Math.log10(m)));
    double f = m / p;
    return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
  }

  /**
   * The words, numbers and times of one language: {@link ReportText} patterns, the language's
   * decimal notation, and UTC times in the bundle's {@code datetime.pattern}.
   */
  private static final class Words {
    private final String lang;
    private final ResourceBundle text;
    private final Locale locale;
    private final DateTimeFormatter time;

    Words(String lang) {
      this.lang = lang;
      this.locale = Locale.forLanguageTag(lang);
      this.text = ResourceBundle.getBundle(ReportText.class.getName(), locale, NO_FALLBACK);
      this.time =
          DateTimeFormatter.ofPattern(text.getString("datetime.pattern"), locale)
              .withZone(ZoneOffset.UTC);
    }

    String get(String key, Object... args) {
      if (!text.containsKey(key)) {
        return key.startsWith("fact.") ? key.substring(5) : key;
      }
      String pattern = text.getString(key);
      return args.length == 0 && !pattern.contains("''")
          ? pattern
          : new MessageFormat(pattern, locale).format(args);
    }

    String number(double v, int digits) {
      NumberFormat f = NumberFormat.getNumberInstance(locale);
      f.setRoundingMode(java.math.RoundingMode.HALF_UP);
      f.setMinimumFractionDigits(digits == 0 ? 0 : 1);
      f.setMaximumFractionDigits(digits);
      return f.format(v);
    }

    String time(Instant t) {
      return t == null ? "—" : time.format(t);
    }

    /** A fact's value: times in the language's UTC notation, numbers in its decimal notation. */
    String fact(String key, Object value) {
      if (value == null) {
        return "—";
      }
      if (value instanceof java.util.List<?> list) {
        return list.isEmpty()
            ? "—"
            : String.join("; ", list.stream().map(String::valueOf).toList());
      }
      if (key.equals("identity") && text.containsKey("identity." + value)) {
        return text.getString("identity." + value) + " (" + value + ")";
      }
      if ((key.endsWith("Time") || key.endsWith("Low95") || key.endsWith("High95"))
          && key.contains("Time")
          && value instanceof String s) {
        return time(Instant.parse(s));
      }
      if (key.equals("status")) {
        return get("status." + value);
      }
      if (key.equals("basis")) {
        return get("basis." + value);
      }
      if (key.endsWith("TimeS") || key.equals("violationId") || key.equals("trackId")) {
        return String.valueOf(value);
      }
      if (value instanceof Number n) {
        return number(n.doubleValue(), key.endsWith("Lat") || key.endsWith("Lon") ? 6 : 4);
      }
      return String.valueOf(value);
    }
  }

  /** Bundles of the requested language only, else the base (English): never the JVM's locale. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS);

  private record Proj(Envelope env, double k, double s) {
    double x(double lon) {
      return (lon - env.getMinX()) * k * s;
    }

    double y(double lat) {
      return (env.getMaxY() - lat) * s;
    }
  }
}
