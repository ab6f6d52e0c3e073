package org.sargas.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;

/** GeoJSON (RFC 7946) and KML 2.2 renderings of an incident. Stateless. */
public final class GeoReports {
  private GeoReports() {}

  /**
   * A FeatureCollection: the track (LineString, with per-point times and 1-σ horizontal uncertainty
   * in {@code sigmaM}), and Points for entry, exit and maximum depth; the violation's facts are the
   * properties of every feature under {@code violation}.
   */
  public static String geoJson(Violation v, List<Track> track) {
    return geoJson(v, track, List.of());
  }

  /**
   * As {@link #geoJson(Violation, List)}, with the smoothed track as a second LineString ({@code
   * role} {@code "smoothedTrack"}); the facts' {@code basis} says which track they were measured
   * on.
   */
  public static String geoJson(Violation v, List<Track> track, List<Track> smoothed) {
    Map<String, Object> facts = ViolationJson.toMap(v);
    List<Object> features = new ArrayList<>();
    line(features, "track", v, track, facts);
    line(features, "smoothedTrack", v, smoothed, facts);
    point(
        features,
        "entry",
        v.entryPoint(),
        v.entryTime() == null ? null : v.entryTime().toString(),
        facts);
    point(
        features,
        "exit",
        v.exitPoint(),
        v.exitTime() == null ? null : v.exitTime().toString(),
        facts);
    point(
        features,
        "maxDepth",
        v.maxDepthPoint(),
        v.maxDepthTime() == null ? null : v.maxDepthTime().toString(),
        facts);
    Map<String, Object> fc = new LinkedHashMap<>();
    fc.put("type", "FeatureCollection");
    fc.put("features", features);
    try {
      return new ObjectMapper().writeValueAsString(fc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void line(
      List<Object> features,
      String role,
      Violation v,
      List<Track> track,
      Map<String, Object> facts) {
    if (!track.isEmpty()) {
      List<List<Double>> coords = new ArrayList<>();
      List<String> times = new ArrayList<>();
      List<Double> sigma = new ArrayList<>();
      for (Track t : track) {
        coords.add(
            List.of(
                r(t.position().lonDeg()),
                r(t.position().latDeg()),
                Math.rint(t.position().altitudeM())));
        times.add(t.time().toString());
        sigma.add(Math.rint(t.sigmaMajorM() * 10) / 10);
      }
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("role", role);
      props.put("trackId", v.trackId());
      props.put("times", times);
      props.put("sigmaM", sigma);
      props.put("violation", facts);
      features.add(feature(Map.of("type", "LineString", "coordinates", coords), props));
    }
  }

  private static void point(
      List<Object> features, String role, GeoPoint p, String time, Map<String, Object> facts) {
    if (p == null) {
      return;
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("role", role);
    props.put("time", time);
    props.put("violation", facts);
    features.add(
        feature(
            Map.of("type", "Point", "coordinates", List.of(r(p.lonDeg()), r(p.latDeg()))), props));
  }

  private static Map<String, Object> feature(
      Map<String, Object> geometry, Map<String, Object> props) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("geometry", geometry);
    f.put("properties", props);
    return f;
  }

  private static double r(double deg) {
    return Math.rint(deg * 1e7) / 1e7;
  }

  /**
   * A KML document: the track as a time-stamped LineString and placemarks for entry, exit, maximum
   * depth.
   */
  public static String kml(Violation v, List<Track> track) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
    sb.append("<name>").append(esc("Violation " + v.violationId())).append("</name>\n");
    sb.append("<description>")
        .append(
            esc(
                v.trackId()
                    + " in "
                    + v.zoneId()
                    + " from "
                    + v.originCountry()
                    + ", max depth "
                    + Math.round(v.maxDepthM())
                    + " m"))
        .append("</description>\n");
    sb.append(
        "<Style id=\"track\"><LineStyle><color>ff0000ff</color><width>3</width></LineStyle></Style>\n");
    if (!track.isEmpty()) {
      sb.append("<Placemark><name>")
          .append(esc(v.trackId()))
          .append("</name><styleUrl>#track</styleUrl>")
          .append("<LineString><altitudeMode>absolute</altitudeMode><coordinates>\n");
      for (Track t : track) {
        sb.append(r(t.position().lonDeg()))
            .append(',')
            .append(r(t.position().latDeg()))
            .append(',')
            .append(Math.rint(t.position().altitudeM()))
            .append('\n');
      }
      sb.append("</coordinates></LineString></Placemark>\n");
    }
    kmlPoint(sb, "Entry", v.entryPoint(), v.entryTime());
    kmlPoint(sb, "Exit", v.exitPoint(), v.exitTime());
    kmlPoint(
        sb,
        "Maximum depth " + Math.round(v.maxDepthM()) + " m",
        v.maxDepthPoint(),
        v.maxDepthTime());
    sb.append("</Document>\n</kml>\n");
    return sb.toString();
  }

  private static void kmlPoint(StringBuilder sb, String name, GeoPoint p, java.time.Instant t) {
    if (p == null) {
      return;
    }
    sb.append("<Placemark><name>").append(esc(name)).append("</name>");
    if (t != null) {
      sb.append("<TimeStamp><when>").append(t).append("</when></TimeStamp>");
    }
    sb.append("<Point><coordinates>")
        .append(r(p.lonDeg()))
        .append(',')
        .append(r(p.latDeg()))
        .append("</coordinates></Point></Placemark>\n");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
