package org.sargas.airspace.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sargas.airspace.testing.Tracks.secondsSinceT0;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.testing.BruteForce;
import org.sargas.airspace.testing.Tracks;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.track.Track;

/**
 * Incursions across the real Lithuania / Kaliningrad border near Kybartai, checked against an
 * independent computation: crossing times by bisection with JTS point-in-polygon on the border
 * polygon, depth by brute-force geodesics to every densified boundary point.
 */
class RealBordersMonitorTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static CountryBorders borders;

  @BeforeAll
  static void load() {
    borders = CountryBorders.easternFlank();
  }

  /** Out along a geodesic for {@code outS} seconds, then straight back, one update per second. */
  private static List<Track> outAndBack(
      String id, double lat0, double lon0, double aziDeg, double speedMps, int outS) {
    List<Track> out = new ArrayList<>();
    for (int t = 0; t <= 2 * outS; t++) {
      double s = speedMps * (t <= outS ? t : 2 * outS - t);
      GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, aziDeg, s);
      out.add(Tracks.at(id, t, d.lat2, d.lon2));
    }
    return out;
  }

  private static boolean in(Geometry g, double lat0, double lon0, double azi, double s) {
    GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, azi, s);
    return g.contains(GF.createPoint(new Coordinate(d.lon2, d.lat2)));
  }

  /** Distance along the geodesic of the first change of containment after {@code lo}. */
  private static double crossing(
      Geometry g, double lat0, double lon0, double azi, double lo, double hi) {
    boolean start = in(g, lat0, lon0, azi, lo);
    double step = 25.0;
    double s = lo;
    while (s < hi && in(g, lat0, lon0, azi, s + step) == start) {
      s += step;
    }
    double a = s;
    double b = s + step;
    for (int i = 0; i < 60; i++) {
      double m = (a + b) / 2;
      if (in(g, lat0, lon0, azi, m) == start) {
        a = m;
      } else {
        b = m;
      }
    }
    return (a + b) / 2;
  }

  @Test
  void su30LikeIncursionFromKaliningradIsMeasured() {
    double lat0 = 54.64;
    double lon0 = 22.60; // inside the Kaliningrad oblast
    double azi = 90;
    double speed = 250;
    assertThat(borders.countryAt(lat0, lon0)).isEqualTo("RUS");
    Geometry ltu = borders.territory("LTU");
    double entryM = crossing(ltu, lat0, lon0, azi, 0, 50_000);
    int outS = (int) Math.ceil((entryM + 1500) / speed); // about 1.5 km past the border
    List<Track> track = outAndBack("SU30", lat0, lon0, azi, speed, outS);

    AirspaceMonitor m =
        new AirspaceMonitor(
            borders, List.of(borders.nationalAirspace("LTU")), MonitorSettings.defaults());
    List<ViolationEvent> ev = AirspaceMonitorTest.run(m, track);
    assertThat(ev)
        .extracting(ViolationEvent::kind)
        .startsWith(ViolationEventKind.OPENED)
        .endsWith(ViolationEventKind.CLOSED);
    assertThat(ev).filteredOn(e -> e.kind() == ViolationEventKind.OPENED).hasSize(1);
    Violation v = ev.get(ev.size() - 1).violation();
    assertThat(v.zoneId()).isEqualTo("LTU");
    assertThat(v.originCountry()).isEqualTo("RUS");
    assertThat(v.exitCountry()).isEqualTo("RUS");
    double entryS = entryM / speed;
    double exitS = 2 * outS - entryS;
    assertThat(secondsSinceT0(v.entryTime())).isCloseTo(entryS, within(0.5));
    assertThat(secondsSinceT0(v.exitTime())).isCloseTo(exitS, within(0.5));
    GeodesicData apex = Geodesic.WGS84.Direct(lat0, lon0, azi, speed * outS);
    double depth = BruteForce.distanceToBoundaryM(ltu, apex.lat2, apex.lon2, 0.0002, 0.2);
    assertThat(v.maxDepthM()).isCloseTo(depth, within(10.0));
    assertThat(secondsSinceT0(v.maxDepthTime())).isCloseTo(outS, within(0.5));
  }

  @Test
  void kaliningradExclaveIsPartOfTheRussianMultipolygon() {
    // From Lithuania westwards into the Kaliningrad oblast and back: a violation of RUS.
    double lat0 = 54.64;
    double lon0 = 22.95;
    assertThat(borders.countryAt(lat0, lon0)).isEqualTo("LTU");
    Geometry rus = borders.territory("RUS");
    double entryM = crossing(rus, lat0, lon0, 270, 0, 50_000);
    int outS = (int) Math.ceil((entryM + 3000) / 200.0);
    List<Track> track = outAndBack("W", lat0, lon0, 270, 200, outS);
    AirspaceMonitor m =
        new AirspaceMonitor(
            borders, List.of(borders.nationalAirspace("RUS")), MonitorSettings.defaults());
    List<ViolationEvent> ev = AirspaceMonitorTest.run(m, track);
    Violation v = ev.get(ev.size() - 1).violation();
    assertThat(v.zoneId()).isEqualTo("RUS");
    assertThat(v.originCountry()).isEqualTo("LTU");
    assertThat(v.exitCountry()).isEqualTo("LTU");
    assertThat(secondsSinceT0(v.entryTime())).isCloseTo(entryM / 200.0, within(0.5));
    GeodesicData apex = Geodesic.WGS84.Direct(lat0, lon0, 270, 200.0 * outS);
    double depth = BruteForce.distanceToBoundaryM(rus, apex.lat2, apex.lon2, 0.0002, 0.2);
    assertThat(v.maxDepthM()).isCloseTo(depth, within(10.0));
  }

  @Test
  void aTrackAlongTheBorderInsideKaliningradRaisesNoLithuanianViolation() {
    // Parallel to the border, 3 km inside the oblast, from south to north.
    GeodesicData start = Geodesic.WGS84.Direct(54.50, 22.60, 0, 0);
    List<Track> track = new ArrayList<>();
    for (int t = 0; t < 60; t++) {
      GeodesicData d = Geodesic.WGS84.Direct(start.lat2, start.lon2, 0, 200.0 * t);
      track.add(Tracks.at("N", t, d.lat2, d.lon2));
    }
    for (Track t : track) {
      assertThat(borders.countryAt(t.position().latDeg(), t.position().lonDeg())).isEqualTo("RUS");
    }
    AirspaceMonitor m =
        new AirspaceMonitor(
            borders, List.of(borders.nationalAirspace("LTU")), MonitorSettings.defaults());
    assertThat(AirspaceMonitorTest.run(m, track)).isEmpty();
  }
}
