package org.sargas.airspace.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sargas.airspace.testing.Tracks;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Warning;
import org.sargas.model.airspace.Zone;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/**
 * Early warning against a square zone whose western edge is the meridian 24° E, in a plane at (55.1
 * N, 24.0 E): east = metres past the border.
 */
class EarlyWarningTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final LocalTangentPlane PLANE = new LocalTangentPlane(GeoPoint.of(55.1, 24.0));

  private static ZoneArea square() {
    return new ZoneArea(
        Zone.nationalAirspace("SQR", "Square"),
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(24.0, 55.0),
              new Coordinate(24.3, 55.0),
              new Coordinate(24.3, 55.2),
              new Coordinate(24.0, 55.2),
              new Coordinate(24.0, 55.0)
            }));
  }

  private static Track at(double tS, double e, double n, double ve, double vn) {
    GeoPoint p = PLANE.toGeo(e, n, 0);
    return Tracks.update("W", tS, p.latDeg(), p.lonDeg(), ve, vn, 50, TrackState.CONFIRMED);
  }

  private static List<Warning> run(List<Track> track) {
    EarlyWarning ew = new EarlyWarning(List.of(square()), WarningSettings.defaults());
    List<Warning> out = new ArrayList<>();
    for (Track t : track) {
      out.addAll(ew.evaluate(new TrackBatch(t.time(), List.of(t))));
    }
    return out;
  }

  @Test
  void aTrackHeadingStraightForTheBorderIsWarnedWithItsLeadTime() {
    List<Track> track = new ArrayList<>();
    for (int i = 0; i < 10; i++) { // 30 km west, due east at 250 m/s: the border in 120 s
      track.add(at(i, -30000 + 250 * i, 0, 250, 0));
    }
    List<Warning> w = run(track);
    assertThat(w).isNotEmpty();
    Warning first = w.get(0);
    assertThat(first.zoneId()).isEqualTo("SQR");
    assertThat(first.prediction()).isEqualTo("straight");
    assertThat(first.leadTimeS()).isCloseTo(120.0, within(0.5));
    assertThat(first.predictedEntryPoint().lonDeg()).isCloseTo(24.0, within(1e-4));
    assertThat(first.predictedEntryPoint().latDeg()).isCloseTo(55.1, within(0.002));
    // Re-issued only when the predicted entry moves: the prediction is steady, so once.
    assertThat(w).hasSize(1);
  }

  @Test
  void noWarningForTracksFlyingParallelToTheBorderEvenWithNoise() {
    Random rnd = new Random(11);
    for (double offset : new double[] {500, 2000, 8000}) {
      List<Track> track = new ArrayList<>();
      for (int i = 0; i < 200; i++) { // northwards along the border, noisy position and velocity
        track.add(
            at(
                i,
                -offset + 50 * rnd.nextGaussian(),
                -20000 + 250 * i + 50 * rnd.nextGaussian(),
                5 * rnd.nextGaussian(),
                250 + 5 * rnd.nextGaussian()));
      }
      assertThat(run(track)).as("%s m outside", offset).isEmpty();
    }
  }

  @Test
  void aTurningTrackIsWarnedByTheTurningPrediction() {
    // A 2°/s right turn from heading north, 6 km west of the border, at 200 m/s: the circle's
    // radius is 5.73 km, so it reaches the border (east = 0) when 6000 = R (1 - cos a) + ... .
    double w = Math.toRadians(2.0);
    double speed = 200;
    double r = speed / w;
    List<Track> track = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double a = w * i;
      track.add(
          at(
              i,
              -6000 + r * (1 - Math.cos(a)),
              r * Math.sin(a),
              speed * Math.sin(a),
              speed * Math.cos(a)));
    }
    List<Warning> out = run(track);
    assertThat(out).isNotEmpty();
    Warning first = out.get(0);
    assertThat(first.prediction()).isEqualTo("turn-right-2.0dps");
    // Independent: on the circle east(t) = -6000 + R (1 - cos wt) reaches 0 at wt = acos(1 -
    // 6000/R).
    // The prediction turns at most 90° and then flies straight: here it differs from the circle by
    // a fraction of a second.
    double tEntry = Math.acos(1 - 6000 / r) / w;
    double issuedS = Tracks.secondsSinceT0(first.issuedAt());
    assertThat(issuedS).isGreaterThanOrEqualTo(6.0); // a turn is measured over 6 s
    assertThat(issuedS + first.leadTimeS()).isCloseTo(tEntry, within(1.0));
    assertThat(first.leadTimeS()).isGreaterThan(30);
  }

  @Test
  void noWarningInsideTheZoneOrForSlowTracks() {
    List<Track> inside = new ArrayList<>();
    List<Track> slow = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      inside.add(at(i, 3000 + 250 * i, 0, 250, 0));
      slow.add(at(i, -300 + 2 * i, 0, 2, 0));
    }
    assertThat(run(inside)).isEmpty();
    assertThat(run(slow)).isEmpty();
  }
}
