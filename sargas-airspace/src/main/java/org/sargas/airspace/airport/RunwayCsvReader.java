package org.sargas.airspace.airport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sargas.airspace.csv.CsvFields;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.Zone;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;

/**
 * Builds airport drone zones from a runway table in the OurAirports {@code runways.csv} layout:
 * columns {@code airport_ident}, {@code closed}, {@code le_ident}, {@code le_latitude_deg}, {@code
 * le_longitude_deg}, {@code le_elevation_ft}, {@code he_ident}, {@code he_latitude_deg}, {@code
 * he_longitude_deg}, {@code he_elevation_ft} (others ignored). Runways that are closed or lack
 * either threshold position are skipped and reported as failures.
 *
 * <p>Each runway's protection area is a rectangle in the local east-north-up plane at the runway's
 * midpoint: along the threshold-to-threshold axis, extended beyond each threshold, with the
 * configured half width. An airport's zone is the union of its runways' rectangles. Stateless and
 * thread-safe.
 */
public final class RunwayCsvReader {
  private static final double FT_M = 0.3048;
  private final RunwayZoneDimensions dimensions;
  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

  public RunwayCsvReader(RunwayZoneDimensions dimensions) {
    this.dimensions = dimensions;
  }

  /**
   * The airports of the table (in order of first appearance) and the lines that were skipped.
   *
   * @param source file name for failures
   * @param failures receives the skipped lines
   * @throws IllegalArgumentException when the header lacks a needed column
   */
  public List<AirportZone> read(String source, Reader in, List<InputFailure> failures)
      throws IOException {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    String header = r.readLine();
    if (header == null) {
      return List.of();
    }
    Map<String, Integer> col = new HashMap<>();
    String[] h = CsvFields.split(header.startsWith("\uFEFF") ? header.substring(1) : header);
    for (int i = 0; i < h.length; i++) {
      col.put(h[i].toLowerCase(Locale.ROOT), i);
    }
    for (String c :
        new String[] {
          "airport_ident",
          "le_ident",
          "le_latitude_deg",
          "le_longitude_deg",
          "he_ident",
          "he_latitude_deg",
          "he_longitude_deg"
        }) {
      if (!col.containsKey(c)) {
        throw new IllegalArgumentException(source + " line 1: header lacks column '" + c + "'");
      }
    }
    Map<String, List<Runway>> byAirport = new LinkedHashMap<>();
    String line;
    long no = 1;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = CsvFields.split(line);
      try {
        String ident = get(f, col, "airport_ident");
        if (ident.isEmpty()) {
          throw new IllegalArgumentException("empty airport_ident");
        }
        if ("1".equals(get(f, col, "closed"))) {
          failures.add(new InputFailure(source, no, "runway closed"));
          continue;
        }
        GeoPoint le = threshold(f, col, "le");
        GeoPoint he = threshold(f, col, "he");
        String designator = get(f, col, "le_ident") + "/" + get(f, col, "he_ident");
        Runway runway = new Runway(designator, le, he, rectangle(le, he));
        byAirport.computeIfAbsent(ident, k -> new ArrayList<>()).add(runway);
      } catch (IllegalArgumentException e) {
        failures.add(new InputFailure(source, no, e.getMessage()));
      }
    }
    List<AirportZone> out = new ArrayList<>();
    for (Map.Entry<String, List<Runway>> e : byAirport.entrySet()) {
      out.add(assemble(e.getKey(), e.getValue()));
    }
    return out;
  }

  /**
   * An airport zone from runways given directly: each entry maps a designator (e.g. {@code
   * "04L/22R"}) to its two thresholds (altitude = elevation in metres AMSL, or NaN).
   */
  public AirportZone airport(String ident, Map<String, GeoPoint[]> thresholds) {
    List<Runway> runways = new ArrayList<>();
    for (Map.Entry<String, GeoPoint[]> e : thresholds.entrySet()) {
      GeoPoint[] t = e.getValue();
      runways.add(new Runway(e.getKey(), t[0], t[1], rectangle(t[0], t[1])));
    }
    return assemble(ident, runways);
  }

  private AirportZone assemble(String ident, List<Runway> runways) {
    List<Geometry> parts = new ArrayList<>();
    double elev = Double.NEGATIVE_INFINITY;
    for (Runway rw : runways) {
      parts.add(rw.protectionArea());
      elev = Math.max(elev, rw.lowEnd().altitudeOr(Double.NEGATIVE_INFINITY));
      elev = Math.max(elev, rw.highEnd().altitudeOr(Double.NEGATIVE_INFINITY));
    }
    Geometry union = UnaryUnionOp.union(parts);
    double ceiling =
        Double.isInfinite(dimensions.ceilingAboveRunwayM()) || Double.isInfinite(elev)
            ? Double.POSITIVE_INFINITY
            : elev + dimensions.ceilingAboveRunwayM();
    Zone zone =
        new Zone(
            ident,
            ident + " drone protection zone",
            ZoneKind.AIRPORT_DRONE_RESTRICTION,
            Applicability.DRONES_ONLY,
            Double.NEGATIVE_INFINITY,
            ceiling,
            null);
    return new AirportZone(ident, new ZoneArea(zone, union), runways);
  }

  /** The protection rectangle of a runway (x = longitude, y = latitude). */
  public Polygon rectangle(GeoPoint le, GeoPoint he) {
    LocalTangentPlane mid =
        new LocalTangentPlane(
            GeoPoint.of((le.latDeg() + he.latDeg()) / 2, (le.lonDeg() + he.lonDeg()) / 2));
    double[] a = new double[3];
    double[] b = new double[3];
    mid.toEnu(le.latDeg(), le.lonDeg(), 0, a);
    mid.toEnu(he.latDeg(), he.lonDeg(), 0, b);
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.hypot(dx, dy);
    if (len < 1) {
      throw new IllegalArgumentException("runway thresholds coincide");
    }
    double ux = dx / len;
    double uy = dy / len;
    double ext = dimensions.extensionM();
    double w = dimensions.halfWidthM();
    double[][] corners = {
      {a[0] - ux * ext - uy * w, a[1] - uy * ext + ux * w},
      {a[0] - ux * ext + uy * w, a[1] - uy * ext - ux * w},
      {b[0] + ux * ext + uy * w, b[1] + uy * ext - ux * w},
      {b[0] + ux * ext - uy * w, b[1] + uy * ext + ux * w},
    };
    Coordinate[] cs = new Coordinate[5];
    double[] llh = new double[3];
    for (int i = 0; i < 4; i++) {
      mid.toGeo(corners[i][0], corners[i][1], 0, llh);
      cs[i] = new Coordinate(llh[1], llh[0]);
    }
    cs[4] = cs[0];
    Polygon p = factory.createPolygon(cs);
    return Orientation.isCCW(cs) ? p : p.reverse();
  }

  private static GeoPoint threshold(String[] f, Map<String, Integer> col, String end) {
    String lat = get(f, col, end + "_latitude_deg");
    String lon = get(f, col, end + "_longitude_deg");
    if (lat.isEmpty() || lon.isEmpty()) {
      throw new IllegalArgumentException("no position for the " + end + " threshold");
    }
    double la;
    double lo;
    try {
      la = Double.parseDouble(lat);
      lo = Double.parseDouble(lon);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(end + " threshold position is not numeric");
    }
    if (!(la >= -90 && la <= 90) || !(lo >= -180 && lo <= 180)) {
      throw new IllegalArgumentException(end + " threshold position out of range");
    }
    String el = get(f, col, end + "_elevation_ft");
    double alt = Double.NaN;
    if (!el.isEmpty()) {
      try {
        alt = Double.parseDouble(el) * FT_M;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(end + "_elevation_ft is not numeric");
      }
    }
    return new GeoPoint(la, lo, alt);
  }

  private static String get(String[] f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= f.length ? "" : f[i];
  }
}
