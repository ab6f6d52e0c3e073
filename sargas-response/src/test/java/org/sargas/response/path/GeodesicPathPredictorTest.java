package org.sargas.response.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.area.PolygonAreaTest;
import org.sargas.response.area.ProtectedSite;
import org.sargas.response.testing.Threats;

class GeodesicPathPredictorTest {
  private final GeodesicPathPredictor predictor = new GeodesicPathPredictor();

  @Test
  void straightOnFollowsTheGeodesicOfTheCourseAtGroundSpeed() {
    Track t = Threats.track("S", 54.885, 24.782, 350, 289, 44, TargetClass.LOITERING_MUNITION);
    PredictedPath p = predictor.predict(t, MotionHypothesis.straight(), 1000, 5, 0);
    assertThat(p.size()).isEqualTo(201);
    assertThat(p.horizonS()).isEqualTo(1000.0);
    GeoPoint end = p.point(p.size() - 1);
    assertThat(Wgs84.distanceM(t.position(), end)).isCloseTo(44_000, within(0.5));
    assertThat(Wgs84.azimuthDeg(t.position(), end)).isCloseTo(289 - 360, within(1e-6));
    assertThat(end.altitudeM()).isEqualTo(350.0);
    // Between samples: linear interpolation is within centimetres of the geodesic.
    GeoPoint mid = p.at(502.5);
    assertThat(Wgs84.distanceM(t.position(), mid)).isCloseTo(22_110, within(0.5));
  }

  @Test
  void aRightTurnTurnsNinetyDegreesOnTheTurnCircleThenFliesStraight() {
    double v = 100;
    double rateDps = 3;
    Track t = Threats.track("T", 55.0, 24.0, 1000, 0, v, TargetClass.FAST_JET);
    PredictedPath p = predictor.predict(t, MotionHypothesis.right(rateDps, 90), 60, 1, 0);
    // After 30 s the turn is complete: the chord of a quarter circle of radius v/ω, 45° right.
    double r = v / Math.toRadians(rateDps);
    GeoPoint after = p.at(30);
    assertThat(Wgs84.distanceM(t.position(), after)).isCloseTo(r * Math.sqrt(2), within(1.0));
    assertThat(Wgs84.azimuthDeg(t.position(), after)).isCloseTo(45, within(0.05));
    // Then due east: 30 s more at 100 m/s adds 3 km along the new course.
    GeoPoint end = p.at(60);
    assertThat(Wgs84.azimuthDeg(after, end)).isCloseTo(90, within(0.05));
    assertThat(Wgs84.distanceM(after, end)).isCloseTo(3000, within(0.5));
  }

  @Test
  void aLeftTurnMirrorsTheRightTurn() {
    Track t = Threats.track("T", 55.0, 24.0, 1000, 0, 100, TargetClass.FAST_JET);
    GeoPoint l = predictor.predict(t, MotionHypothesis.left(3, 90), 60, 1, 0).at(60);
    GeoPoint r = predictor.predict(t, MotionHypothesis.right(3, 90), 60, 1, 0).at(60);
    assertThat(l.latDeg()).isCloseTo(r.latDeg(), within(1e-9));
    assertThat(l.lonDeg() - 24.0).isCloseTo(-(r.lonDeg() - 24.0), within(1e-9));
  }

  @Test
  void theEntryIntoAnAreaIsFoundBetweenSamples() {
    // Due north at 50 m/s from 55.0 N; the area begins at 55.1 N, 11,132 m ahead (WGS84 at 55°).
    Track t = Threats.track("E", 55.0, 24.0, 300, 0, 50, TargetClass.SMALL_DRONE);
    PredictedPath p = predictor.predict(t, MotionHypothesis.straight(), 600, 7, 0);
    double metres = Wgs84.distanceM(GeoPoint.of(55.0, 24.0), GeoPoint.of(55.1, 24.0));
    OptionalDouble entry = p.firstInsideS(PolygonAreaTest.box(55.1, 23.0, 56.0, 25.0));
    assertThat(entry).isPresent();
    assertThat(entry.getAsDouble()).isCloseTo(metres / 50, within(0.01));
    assertThat(p.firstInsideS(PolygonAreaTest.box(54.0, 23.0, 54.5, 25.0))).isEmpty();
    assertThat(p.firstInsideS(PolygonAreaTest.box(54.9, 23.0, 55.05, 25.0))).hasValue(0.0);
    OptionalDouble site =
        p.firstReachS(new ProtectedSite("X", "x", GeoPoint.of(55.2, 24.0), 5_000));
    double toSite = Wgs84.distanceM(GeoPoint.of(55.0, 24.0), GeoPoint.of(55.2, 24.0)) - 5_000;
    assertThat(site.getAsDouble()).isCloseTo(toSite / 50, within(0.01));
  }
}
