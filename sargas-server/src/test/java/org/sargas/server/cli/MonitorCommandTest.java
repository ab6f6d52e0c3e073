package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sargas.airspace.borders.CountryBorders;
import picocli.CommandLine;

/**
 * {@code sargas monitor} against an independent computation on held-back tracks: 1 Hz noise-free
 * samples of seeded random incursions across the Lithuanian border. The oracle interpolates along
 * the geodesic between samples with GeographicLib directly, finds the border crossings by JTS
 * overlay of that path with the border, and takes depths as brute-force geodesic distances to the
 * densified border.
 */
class MonitorCommandTest {
  private static final long BASE_S = 1_761_220_800L; // 2025-10-23T12:00:00Z
  private static final GeometryFactory GF = new GeometryFactory();
  private static CountryBorders borders;
  private static Geometry ltu;
  private static PreparedGeometry ltuPrepared;
  private static PreparedGeometry ltuBoundary;
  private static List<String> codes;
  private static List<PreparedGeometry> countries;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    borders = CountryBorders.easternFlank();
    ltu = borders.territory("LTU");
    ltuPrepared = PreparedGeometryFactory.prepare(ltu);
    ltuBoundary = PreparedGeometryFactory.prepare(ltu.getBoundary());
    codes = new ArrayList<>(borders.codes());
    countries = new ArrayList<>();
    for (String c : codes) {
      countries.add(PreparedGeometryFactory.prepare(borders.territory(c)));
    }
  }

  /** A held-back track: 1 Hz samples (lat, lon). */
  record Sampled(String id, List<double[]> samples) {}

  /** What the oracle says about one track. */
  record Truth(
      int intervals, double entryS, double exitS, double maxDepthM, String origin, String exit) {}

  private static double[] direct(double lat, double lon, double azi, double s) {
    GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azi, s);
    return new double[] {d.lat2, d.lon2, d.azi2};
  }

  /** Out from a start towards and past a border vertex, then a turn and away. */
  private static Sampled incursion(String id, Random rnd) {
    Coordinate[] cs = ltu.getCoordinates();
    while (true) {
      Coordinate b = cs[rnd.nextInt(cs.length)];
      double az = 360 * rnd.nextDouble();
      double back = 3000 + 3000 * rnd.nextDouble();
      double[] s = direct(b.y, b.x, az + 180, back);
      if (in(s[0], s[1])) {
        continue;
      }
      double speed = 150 + 150 * rnd.nextDouble();
      double leg1 = back + 500 + 2500 * rnd.nextDouble();
      double turn = 150 + 60 * rnd.nextDouble();
      List<double[]> out = new ArrayList<>();
      double[] corner = direct(s[0], s[1], az, leg1);
      double leg1S = leg1 / speed;
      for (int t = 0; t < 400; t++) {
        double[] p =
            t <= leg1S
                ? direct(s[0], s[1], az, speed * t)
                : direct(corner[0], corner[1], corner[2] + turn, speed * (t - leg1S));
        out.add(new double[] {p[0], p[1]});
        if (t > leg1S + 30 && !in(p[0], p[1]) && out.size() > 60) {
          break;
        }
      }
      return new Sampled(id, out);
    }
  }

  private static boolean in(double lat, double lon) {
    return ltuPrepared.contains(GF.createPoint(new Coordinate(lon, lat)));
  }

  private static String countryOf(double lat, double lon) {
    for (int i = 0; i < countries.size(); i++) {
      if (countries.get(i).contains(GF.createPoint(new Coordinate(lon, lat)))) {
        return codes.get(i);
      }
    }
    return null;
  }

  /** Position at time t (s from the first sample), geodesic between the 1 Hz samples. */
  private static double[] at(Sampled tr, double t) {
    int i = (int) Math.min(Math.floor(t), tr.samples().size() - 2);
    double f = t - i;
    double[] a = tr.samples().get(i);
    double[] b = tr.samples().get(i + 1);
    GeodesicLine line = Geodesic.WGS84.InverseLine(a[0], a[1], b[0], b[1], GeodesicMask.ALL);
    GeodesicData d =
        line.Position(f * line.Distance(), GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return new double[] {d.lat2, d.lon2};
  }

  /** Brute-force depth: geodesic distance to the LTU border densified every 0.0001°. */
  private static double depth(double lat, double lon) {
    double best = Double.POSITIVE_INFINITY;
    Coordinate[] cs = ltu.getCoordinates();
    for (int i = 0; i + 1 < cs.length; i++) {
      Coordinate p = cs[i];
      Coordinate q = cs[i + 1];
      if (Math.abs(p.y - lat) > 0.1 || Math.abs(p.x - lon) > 0.17) {
        continue;
      }
      int n = (int) Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 0.0001));
      for (int k = 0; k <= n; k++) {
        double f = (double) k / n;
        best =
            Math.min(
                best,
                Geodesic.WGS84.Inverse(
                        lat,
                        lon,
                        p.y + f * (q.y - p.y),
                        p.x + f * (q.x - p.x),
                        GeodesicMask.DISTANCE)
                    .s12);
      }
    }
    return best;
  }

  private static Truth oracle(Sampled tr) {
    // Every crossing of the border: each 1 s geodesic piece split in 20 straight bits (under 20 m,
    // where geodesic and straight line differ by micrometres), intersected with the boundary by
    // JTS overlay.
    List<Double> crossings = new ArrayList<>();
    for (int i = 0; i + 1 < tr.samples().size(); i++) {
      double[] prev = tr.samples().get(i);
      for (int j = 1; j <= 20; j++) {
        double[] next = at(tr, i + j / 20.0);
        Geometry bit =
            GF.createLineString(
                new Coordinate[] {
                  new Coordinate(prev[1], prev[0]), new Coordinate(next[1], next[0])
                });
        if (ltuBoundary.intersects(bit)) {
          Geometry x = bit.intersection(ltu.getBoundary());
          for (Coordinate c : x.getCoordinates()) {
            double len = Math.hypot(next[1] - prev[1], next[0] - prev[0]);
            double u = Math.hypot(c.x - prev[1], c.y - prev[0]) / len;
            crossings.add(i + (j - 1 + u) / 20.0);
          }
        }
        prev = next;
      }
    }
    crossings.sort(Double::compare);
    if (in(tr.samples().get(0)[0], tr.samples().get(0)[1])) {
      return new Truth(-1, Double.NaN, Double.NaN, 0, null, null); // not used: starts inside
    }
    int intervals = (crossings.size() + 1) / 2;
    double entry = crossings.isEmpty() ? Double.NaN : crossings.get(0);
    double exit = crossings.isEmpty() ? Double.NaN : crossings.get(crossings.size() - 1);
    if (intervals != 1) {
      return new Truth(intervals, entry, exit, 0, null, null);
    }
    // Maximum depth: every 0.25 s inside, then golden-section refinement around the best.
    double bestT = entry;
    double best = 0;
    for (double t = Math.ceil(entry * 4) / 4; t < exit; t += 0.25) {
      double[] p = at(tr, t);
      double d = depth(p[0], p[1]);
      if (d > best) {
        best = d;
        bestT = t;
      }
    }
    double lo = Math.max(entry, bestT - 0.25);
    double hi = Math.min(exit, bestT + 0.25);
    for (int k = 0; k < 30; k++) {
      double m1 = lo + (hi - lo) / 3;
      double m2 = hi - (hi - lo) / 3;
      double[] p1 = at(tr, m1);
      double[] p2 = at(tr, m2);
      if (depth(p1[0], p1[1]) >= depth(p2[0], p2[1])) {
        hi = m2;
      } else {
        lo = m1;
      }
    }
    double[] pm = at(tr, (lo + hi) / 2);
    best = Math.max(best, depth(pm[0], pm[1]));
    double[] before = tr.samples().get((int) Math.floor(entry));
    double[] after = tr.samples().get((int) Math.ceil(exit));
    return new Truth(
        1, entry, exit, best, countryOf(before[0], before[1]), countryOf(after[0], after[1]));
  }

  private Path writeCsv(List<Sampled> tracks) throws Exception {
    StringBuilder sb = new StringBuilder("time_s,track_id,lat_deg,lon_deg,alt_m\n");
    for (Sampled tr : tracks) {
      for (int i = 0; i < tr.samples().size(); i++) {
        double[] p = tr.samples().get(i);
        sb.append(
            String.format(Locale.ROOT, "%d,%s,%.9f,%.9f,9000%n", BASE_S + i, tr.id(), p[0], p[1]));
      }
    }
    Path f = dir.resolve("tracks.csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SargasCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  record Result(int code, String out, String err) {}

  @Test
  void agreesWithAnIndependentComputationOnHeldBackTracks() throws Exception {
    Random rnd = new Random(20251023L);
    List<Sampled> tracks = new ArrayList<>();
    List<Truth> truths = new ArrayList<>();
    while (tracks.size() < 5) {
      Sampled tr = incursion("H" + tracks.size(), rnd);
      Truth t = oracle(tr);
      if (t.intervals() == 1 && t.entryS() > 1 && t.exitS() < tr.samples().size() - 2) {
        tracks.add(tr);
        truths.add(t);
      }
    }
    // Two that stay outside: along the Latvian side of the border, and away into Belarus.
    tracks.add(outside("O1", 56.55, 22.50, 90, 200, 120));
    tracks.add(outside("O2", 53.50, 27.00, 180, 220, 90));
    Result r =
        run(
            "monitor",
            "--tracks",
            writeCsv(tracks).toString(),
            "--country",
            "LTU",
            "--format",
            "json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode vs = new ObjectMapper().readTree(r.out()).get("violations");
    assertThat(vs).hasSize(5);
    for (int i = 0; i < 5; i++) {
      Truth t = truths.get(i);
      JsonNode v = find(vs, "H" + i);
      assertThat(v.get("zone").asText()).isEqualTo("LTU");
      assertThat(v.get("entryTimeS").asDouble() - BASE_S)
          .as("entry H%d", i)
          .isCloseTo(t.entryS(), within(0.5));
      assertThat(v.get("exitTimeS").asDouble() - BASE_S)
          .as("exit H%d", i)
          .isCloseTo(t.exitS(), within(0.5));
      assertThat(v.get("maxDepthM").asDouble())
          .as("depth H%d", i)
          .isCloseTo(t.maxDepthM(), within(10.0));
      assertThat(v.get("originCountry").isNull() ? null : v.get("originCountry").asText())
          .as("origin H%d", i)
          .isEqualTo(t.origin());
      assertThat(v.get("exitCountry").isNull() ? null : v.get("exitCountry").asText())
          .as("exit country H%d", i)
          .isEqualTo(t.exit());
      assertThat(v.get("durationS").asDouble()).isCloseTo(t.exitS() - t.entryS(), within(1.0));
      assertThat(v.get("status").asText()).isEqualTo("CONFIRMED");
      assertThat(v.get("entryTime").asText()).endsWith("Z");
    }
  }

  private static JsonNode find(JsonNode vs, String id) {
    for (JsonNode v : vs) {
      if (v.get("trackId").asText().equals(id)) {
        return v;
      }
    }
    throw new AssertionError("no violation for " + id + " in " + vs);
  }

  private static Sampled outside(
      String id, double lat, double lon, double az, double speed, int n) {
    List<double[]> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      double[] p = direct(lat, lon, az, speed * t);
      assertThat(in(p[0], p[1])).isFalse();
      out.add(new double[] {p[0], p[1]});
    }
    return new Sampled(id, out);
  }

  @Test
  void malformedLinesAreReportedCountedAndSkipped() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(
        f,
        "time_s,track_id,lat_deg,lon_deg\n"
            + "1761220800,A,54.6,22.6\n"
            + "1761220801,A,91,22.6\n"
            + "1761220802,A,54.6,abc\n"
            + "1761220803,A,54.6,22.61\n",
        StandardCharsets.UTF_8);
    Result r = run("monitor", "--tracks", f.toString(), "--country", "LTU");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("line 3").contains("lat_deg").contains("line 4").contains("'abc'");
    assertThat(r.out()).contains("0 violation(s) from 2 positions (2 lines skipped)");
  }

  @Test
  void usageAndEnvironmentErrorsHaveTheirExitCodes() {
    assertThat(
            run("monitor", "--tracks", dir.resolve("missing.csv").toString(), "--country", "LTU")
                .code())
        .isEqualTo(3);
    assertThat(run("monitor", "--tracks", "x.csv").code()).isEqualTo(2);
    assertThat(run("monitor", "--tracks", "x.csv", "--country", "XYZ").code()).isEqualTo(2);
    assertThat(run("monitor", "--tracks", "x.csv", "--country", "LTU", "--format", "xml").code())
        .isEqualTo(2);
  }

  @Test
  void zonesFromGeoJsonAndOpenAirFiles() throws Exception {
    // Eastwards along 54.5 N at 200 m/s through two 2 km circles, one per file format.
    StringBuilder csv = new StringBuilder("time_s,track_id,lat_deg,lon_deg,alt_m\n");
    for (int i = 0; i < 120; i++) {
      double[] p = direct(54.5, 25.40, 90, 200.0 * i);
      csv.append(String.format(Locale.ROOT, "%d,Z,%.9f,%.9f,300%n", BASE_S + i, p[0], p[1]));
    }
    Path tracksFile = dir.resolve("z.csv");
    Files.writeString(tracksFile, csv.toString(), StandardCharsets.UTF_8);
    double[] c1 = direct(54.5, 25.40, 90, 6000);
    Path geojson = dir.resolve("zones.geojson");
    Files.writeString(
        geojson,
        String.format(
            Locale.ROOT,
            "{\"type\":\"Feature\",\"properties\":{\"id\":\"SITE1\",\"kind\":\"critical_site\","
                + "\"ceiling\":\"1000 m\",\"radiusM\":2000},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[%.9f,%.9f]}}",
            c1[1],
            c1[0]),
        StandardCharsets.UTF_8);
    Result r =
        run(
            "monitor",
            "--tracks",
            tracksFile.toString(),
            "--zones",
            geojson.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode v = find(new ObjectMapper().readTree(r.out()).get("violations"), "Z");
    assertThat(v.get("zone").asText()).isEqualTo("SITE1");
    assertThat(v.get("zoneKind").asText()).isEqualTo("CRITICAL_SITE");
    assertThat(v.get("entryTimeS").asDouble() - BASE_S).isCloseTo(20.0, within(0.05)); // 4 km / 200
    assertThat(v.get("exitTimeS").asDouble() - BASE_S).isCloseTo(40.0, within(0.05));
    assertThat(v.get("maxDepthM").asDouble()).isCloseTo(2000, within(2.0));

    Path openair = dir.resolve("zones.txt");
    Files.writeString(
        openair,
        "AC P\nAN Site two\nAI SITE2\nAL GND\nAH 2000ft AMSL\nV X=54:30:00 N 025:30:00 E\nDC 1\n",
        StandardCharsets.UTF_8);
    Result r2 = run("monitor", "--tracks", tracksFile.toString(), "--zones", openair.toString());
    assertThat(r2.code()).as(r2.err()).isZero();
    assertThat(r2.out()).contains("1 violation(s)").contains("Z in SITE2 (PROHIBITED)");
  }
}
