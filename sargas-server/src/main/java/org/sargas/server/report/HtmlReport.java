package org.sargas.server.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * points; a timeline; and the facts table. Stateless apart from the borders.
 */
public final class HtmlReport {
  private static final int W = 900;
  private static final int H = 600;
  private final CountryBorders borders;

  public HtmlReport(CountryBorders borders) {
    this.borders = borders;
  }

  /** The page. */
  public String render(Violation v, List<Track> track) {
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
    if (track.size() > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#c00\" stroke-width=\"2\" points=\"");
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
    marker(svg, proj, v.entryPoint(), "#06c", "entry");
    marker(svg, proj, v.exitPoint(), "#080", "exit");
    marker(svg, proj, v.maxDepthPoint(), "#c60", "max depth " + Math.round(v.maxDepthM()) + " m");
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
            barM >= 1000 ? (barM / 1000) + " km" : barM + " m"));
    svg.append("</svg>");

    Map<String, Object> facts = ViolationJson.toMap(v);
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Incident ")
        .append(GeoReports.esc(v.violationId()))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 8px;text-align:left}"
                + ".tl{position:relative;height:50px;border-top:2px solid #333;margin:30px 0 40px}"
                + ".tl div{position:absolute;top:-8px;font-size:12px}</style></head><body>\n");
    html.append("<h1>Airspace violation ")
        .append(GeoReports.esc(v.violationId()))
        .append("</h1>\n");
    html.append("<p>Track ")
        .append(GeoReports.esc(v.trackId()))
        .append(" entered ")
        .append(GeoReports.esc(v.zoneId()))
        .append(v.originCountry() == null ? "" : " from " + GeoReports.esc(v.originCountry()))
        .append(" at ")
        .append(v.entryTime())
        .append(v.exitTime() == null ? " (still inside)" : ", left at " + v.exitTime())
        .append(
            String.format(
                Locale.ROOT,
                "; maximum depth %.0f m (95%%: %.0f–%.0f m).</p>%n",
                v.maxDepthM(),
                v.maxDepthLow95M(),
                v.maxDepthHigh95M()));
    html.append("<h2>Map</h2>\n")
        .append(svg)
        .append("\n<p>Shaded discs: 2-σ horizontal track uncertainty.</p>\n");
    html.append("<h2>Timeline</h2>\n").append(timeline(v, track)).append('\n');
    html.append("<h2>Facts</h2>\n<table>\n");
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      html.append("<tr><th>")
          .append(GeoReports.esc(e.getKey()))
          .append("</th><td>")
          .append(GeoReports.esc(String.valueOf(e.getValue())))
          .append("</td></tr>\n");
    }
    html.append("<tr><th>trackPoints</th><td>")
        .append(track.size())
        .append("</td></tr>\n</table>\n");
    html.append(
        "<p>Generated by Sargas from the node's incident store. Evidence bundle: "
            + "<code>sargas evidence export</code>.</p>\n</body></html>\n");
    return html.toString();
  }

  private static String timeline(Violation v, List<Track> track) {
    Map<String, java.time.Instant> marks = new LinkedHashMap<>();
    if (!track.isEmpty()) {
      marks.put("first track point", track.get(0).time());
    }
    marks.put("entry", v.entryTime());
    if (v.maxDepthTime() != null) {
      marks.put("max depth", v.maxDepthTime());
    }
    if (v.exitTime() != null) {
      marks.put("exit", v.exitTime());
    }
    if (!track.isEmpty()) {
      marks.put("last track point", track.get(track.size() - 1).time());
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
              e.getValue()));
    }
    return sb.append("</div>").toString();
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

  private record Proj(Envelope env, double k, double s) {
    double x(double lon) {
      return (lon - env.getMinX()) * k * s;
    }

    double y(double lat) {
      return (env.getMaxY() - lat) * s;
    }
  }
}
