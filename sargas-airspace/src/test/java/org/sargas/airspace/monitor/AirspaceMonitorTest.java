package org.sargas.airspace.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sargas.airspace.testing.Tracks.secondsSinceT0;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sargas.airspace.testing.BruteForce;
import org.sargas.airspace.testing.Tracks;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.Zone;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/** The monitor on hand-built tracks against a hand-built square zone, checked independently. */
class AirspaceMonitorTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /** 55.0–55.2 N, 24.0–24.3 E. */
  static final Geometry SQUARE =
      GF.createPolygon(
          new Coordinate[] {
            new Coordinate(24.0, 55.0),
            new Coordinate(24.3, 55.0),
            new Coordinate(24.3, 55.2),
            new Coordinate(24.0, 55.2),
            new Coordinate(24.0, 55.0)
          });

  static ZoneArea square() {
    return new ZoneArea(Zone.nationalAirspace("SQR", "Square"), SQUARE);
  }

  static List<ViolationEvent> run(AirspaceMonitor m, List<Track> updates) {
    List<ViolationEvent> out = new ArrayList<>();
    for (Track t : updates) {
      out.addAll(m.evaluate(new TrackBatch(t.time(), List.of(t))));
    }
    out.addAll(m.flush());
    return out;
  }

  /** Positions along a geodesic from a start at constant speed, one update every dtS. */
  static List<Track> geodesicTrack(
      String id, double lat0, double lon0, double aziDeg, double speedMps, double dtS, int n) {
    List<Track> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, aziDeg, speedMps * dtS * i);
      out.add(Tracks.at(id, dtS * i, d.lat2, d.lon2));
    }
    return out;
  }

  /** Independent: the distance along the geodesic at which its longitude reaches lonDeg. */
  static double distanceToMeridian(double lat0, double lon0, double aziDeg, double lonDeg) {
    double lo = 0;
    double hi = 200_000;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      double lon = Geodesic.WGS84.Direct(lat0, lon0, aziDeg, mid).lon2;
      if ((lon - lonDeg) * Math.signum(Math.sin(Math.toRadians(aziDeg))) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  @Test
  void entryExitAndDepthOfAStraightCrossingAgreeWithAnIndependentComputation() {
    double speed = 250;
    List<Track> track = geodesicTrack("T1", 55.1, 23.9, 90, speed, 10, 12);
    List<ViolationEvent> ev =
        run(new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults()), track);
    assertThat(ev)
        .extracting(ViolationEvent::kind)
        .startsWith(ViolationEventKind.OPENED)
        .endsWith(ViolationEventKind.CLOSED);
    Violation v = ev.get(ev.size() - 1).violation();
    double entryS = distanceToMeridian(55.1, 23.9, 90, 24.0) / speed;
    double exitS = distanceToMeridian(55.1, 23.9, 90, 24.3) / speed;
    assertThat(secondsSinceT0(v.entryTime())).isCloseTo(entryS, within(0.05));
    assertThat(secondsSinceT0(v.exitTime())).isCloseTo(exitS, within(0.05));
    assertThat(v.entryPoint().lonDeg()).isCloseTo(24.0, within(1e-5));
    assertThat(v.exitPoint().lonDeg()).isCloseTo(24.3, within(1e-5));
    assertThat(v.durationS()).isCloseTo(exitS - entryS, within(0.1));
    // Independent maximum depth: brute force along the true path, every 25 m.
    double best = 0;
    double bestS = 0;
    for (double s = entryS * speed; s <= exitS * speed; s += 25) {
      GeodesicData d = Geodesic.WGS84.Direct(55.1, 23.9, 90, s);
      double depth = BruteForce.distanceToBoundaryM(SQUARE, d.lat2, d.lon2, 0.0005);
      if (depth > best) {
        best = depth;
        bestS = s;
      }
    }
    assertThat(v.maxDepthM()).isCloseTo(best, within(15.0));
    assertThat(secondsSinceT0(v.maxDepthTime())).isCloseTo(bestS / speed, within(2.0));
    assertThat(v.status()).isEqualTo(ViolationStatus.CONFIRMED);
    assertThat(v.probability()).isEqualTo(1.0);
  }

  @Test
  void depthBetweenUpdatesIsMeasuredAlongThePathNotOnlyAtTheUpdates() {
    // Two updates 20 s apart, both outside, the chord cutting the square's south-west corner.
    Track a = Tracks.at("C", 0, 55.09, 23.95);
    Track b = Tracks.at("C", 20, 54.95, 24.09);
    List<ViolationEvent> ev =
        run(
            new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults()),
            List.of(a, b));
    assertThat(ev)
        .extracting(ViolationEvent::kind)
        .containsExactly(ViolationEventKind.OPENED, ViolationEventKind.CLOSED);
    Violation v = ev.get(1).violation();
    // Independent: sample the geodesic between the updates densely and brute-force the depth.
    double best = 0;
    double bestF = 0;
    for (int i = 0; i <= 400; i++) {
      double d = chordDepth(a, b, i / 400.0);
      if (d > best) {
        best = d;
        bestF = i / 400.0;
      }
    }
    for (int i = -200; i <= 200; i++) { // refine around the best sample, 0.2 m apart
      best = Math.max(best, chordDepth(a, b, bestF + i / 400.0 / 200.0));
    }
    assertThat(best).isGreaterThan(1000);
    assertThat(v.maxDepthM()).isCloseTo(best, within(1.0));
    assertThat(secondsSinceT0(v.entryTime())).isBetween(0.0, 10.0);
    assertThat(secondsSinceT0(v.exitTime())).isBetween(10.0, 20.0);
  }

  private static double chordDepth(Track a, Track b, double f) {
    GeoPoint p = Wgs84.interpolate(a.position(), b.position(), f);
    if (!SQUARE.contains(GF.createPoint(new Coordinate(p.lonDeg(), p.latDeg())))) {
      return 0;
    }
    return BruteForce.distanceToBoundaryM(SQUARE, p.latDeg(), p.lonDeg(), 0.0005);
  }

  @Test
  void aTrackFlyingParallelOutsideRaisesNothing() {
    // Along 54.99 N, about 1.1 km south of the square, for 40 km.
    List<Track> track = geodesicTrack("P", 54.99, 23.8, 90, 200, 5, 40);
    assertThat(run(new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults()), track))
        .isEmpty();
  }

  @Test
  void aTrackDroppedInsideIsClosedAtItsLastUpdate() {
    List<Track> track = new ArrayList<>(geodesicTrack("D", 55.1, 23.99, 90, 200, 5, 4));
    Track last = track.get(track.size() - 1);
    track.add(
        new Track(
            "D",
            last.time().plusSeconds(30),
            last.position(),
            0,
            0,
            0,
            0,
            0,
            0,
            TrackState.DROPPED,
            null,
            null,
            4));
    AirspaceMonitor m = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    List<ViolationEvent> ev = new ArrayList<>();
    for (Track t : track) {
      ev.addAll(m.evaluate(new TrackBatch(t.time(), List.of(t))));
    }
    assertThat(ev.get(ev.size() - 1).kind()).isEqualTo(ViolationEventKind.CLOSED);
    assertThat(ev.get(ev.size() - 1).violation().exitTime()).isEqualTo(last.time());
    assertThat(ev.get(ev.size() - 1).violation().exitPoint()).isEqualTo(last.position());
    assertThat(m.flush()).isEmpty();
  }

  @Test
  void aTrackInsideThatIsLaterClassifiedAsADroneViolatesFromItsFirstSighting() {
    // National airspace: first seen inside as UNKNOWN (no violation), a drone from the third
    // update.
    List<Track> track = geodesicTrack("G", 55.1, 24.1, 90, 50, 10, 6);
    AirspaceMonitor m = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    List<ViolationEvent> ev = new ArrayList<>();
    for (int i = 0; i < track.size(); i++) {
      Track t = track.get(i);
      TargetClass c = i < 2 ? TargetClass.UNKNOWN : TargetClass.LOITERING_MUNITION;
      Track u =
          new Track(
              t.trackId(),
              t.time(),
              t.position(),
              50,
              0,
              0,
              0,
              0,
              0,
              TrackState.CONFIRMED,
              null,
              new Classification(c, 0.8, "test"),
              i);
      ev.addAll(m.evaluate(new TrackBatch(u.time(), List.of(u))));
    }
    assertThat(ev).isNotEmpty();
    Violation v = ev.get(0).violation();
    assertThat(ev.get(0).kind()).isEqualTo(ViolationEventKind.OPENED);
    assertThat(secondsSinceT0(ev.get(0).time())).isEqualTo(20.0);
    assertThat(v.entryTime()).isEqualTo(track.get(0).time()); // first seen inside
    assertThat(v.originCountry()).isNull();
    // An airliner inside all along never violates national airspace.
    AirspaceMonitor m2 = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    for (Track t : track) {
      assertThat(m2.evaluate(new TrackBatch(t.time(), List.of(t)))).isEmpty();
    }
  }

  @Test
  void aTrackThatFallsSilentIsForgottenAndItsViolationClosed() {
    List<Track> track = geodesicTrack("Q", 55.1, 23.99, 90, 200, 5, 4);
    AirspaceMonitor m = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    List<ViolationEvent> ev = new ArrayList<>();
    for (Track t : track) {
      ev.addAll(m.evaluate(new TrackBatch(t.time(), List.of(t))));
    }
    assertThat(ev).extracting(ViolationEvent::kind).doesNotContain(ViolationEventKind.CLOSED);
    Track last = track.get(track.size() - 1);
    // Other traffic keeps the clock going; 11 minutes later the silent track is gone.
    Track other = Tracks.at("OTHER", secondsSinceT0(last.time()) + 660, 50.0, 10.0);
    List<ViolationEvent> later = m.evaluate(new TrackBatch(other.time(), List.of(other)));
    assertThat(later).extracting(ViolationEvent::kind).containsExactly(ViolationEventKind.CLOSED);
    assertThat(later.get(0).violation().exitTime()).isEqualTo(last.time());
    assertThat(m.flush()).isEmpty();
  }

  @Test
  void eventsOfATentativeTrackWaitForConfirmation() {
    List<Track> track = geodesicTrack("X", 55.1, 23.99, 90, 200, 5, 6);
    AirspaceMonitor m = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    List<ViolationEvent> ev = new ArrayList<>();
    for (int i = 0; i < track.size(); i++) {
      Track t = track.get(i);
      TrackState s = i < 3 ? TrackState.TENTATIVE : TrackState.CONFIRMED;
      Track u = new Track(t.trackId(), t.time(), t.position(), 0, 0, 0, 0, 0, 0, s, null, null, i);
      List<ViolationEvent> out = m.evaluate(new TrackBatch(u.time(), List.of(u)));
      if (i < 3) {
        assertThat(out).isEmpty();
      }
      ev.addAll(out);
    }
    assertThat(ev.get(0).kind()).isEqualTo(ViolationEventKind.OPENED);
    assertThat(secondsSinceT0(ev.get(0).violation().entryTime())).isBetween(0.0, 5.0);

    AirspaceMonitor m2 = new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults());
    List<ViolationEvent> ev2 = new ArrayList<>();
    for (Track t : track.subList(0, 3)) {
      Track u =
          new Track(
              t.trackId(),
              t.time(),
              t.position(),
              0,
              0,
              0,
              0,
              0,
              0,
              TrackState.TENTATIVE,
              null,
              null,
              1);
      ev2.addAll(m2.evaluate(new TrackBatch(u.time(), List.of(u))));
    }
    Track l = track.get(2);
    ev2.addAll(
        m2.evaluate(
            new TrackBatch(
                l.time().plusSeconds(5),
                List.of(
                    new Track(
                        "X",
                        l.time().plusSeconds(5),
                        l.position(),
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        TrackState.DROPPED,
                        null,
                        null,
                        1)))));
    assertThat(ev2).as("a tentative track dropped: never reported").isEmpty();
  }

  @Test
  void probabilityFollowsTheTrackCovariance() {
    // A shallow incursion about 150 m deep: updates along 55.0014 N (inside), entering from the
    // west.
    List<Track> precise = new ArrayList<>();
    List<Track> vague = new ArrayList<>();
    double[][] pts = {{55.0, 23.98}, {55.0014, 24.01}, {55.0014, 24.02}, {54.999, 24.05}};
    for (int i = 0; i < pts.length; i++) {
      precise.add(Tracks.at("P", i * 4, pts[i][0], pts[i][1], 10));
      vague.add(Tracks.at("V", i * 4, pts[i][0], pts[i][1], 1000));
    }
    // Zone with a western edge so that the track crosses it: the square shifted south.
    Violation p = lastViolation(precise);
    Violation v = lastViolation(vague);
    assertThat(p.maxDepthM()).isBetween(100.0, 200.0);
    assertThat(p.status()).isEqualTo(ViolationStatus.CONFIRMED);
    assertThat(p.probability()).isGreaterThan(0.999);
    assertThat(v.status()).isEqualTo(ViolationStatus.POSSIBLE);
    assertThat(v.probability()).isBetween(0.5, 0.7);
    assertThat(v.maxDepthLow95M()).isLessThan(0);
    assertThat(v.maxDepthHigh95M()).isGreaterThan(1900);
  }

  private static Violation lastViolation(List<Track> track) {
    List<ViolationEvent> ev =
        run(new AirspaceMonitor(null, List.of(square()), MonitorSettings.defaults()), track);
    assertThat(ev).isNotEmpty();
    return ev.get(ev.size() - 1).violation();
  }
}
