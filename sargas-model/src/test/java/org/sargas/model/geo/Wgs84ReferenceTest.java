package org.sargas.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Geodesy against published reference values: the worked examples of GeographicLib's CartConvert(1)
 * manual page (geocentric and local Cartesian), Karney's geodesic example (Wellington to Salamanca,
 * "Algorithms for geodesics", J. Geodesy 2013, and GeodSolve(1)), and the defining WGS84 constants.
 */
class Wgs84ReferenceTest {

  @Test
  void geocentricMatchesCartConvertManualExample() {
    // CartConvert(1): "echo 33.3 44.4 6000 | CartConvert" -> 3816209.60 3737108.55 3485109.57
    EcefVector v = Wgs84.toEcef(new GeoPoint(33.3, 44.4, 6000));
    assertThat(v.xM()).isCloseTo(3816209.60, within(0.01));
    assertThat(v.yM()).isCloseTo(3737108.55, within(0.01));
    assertThat(v.zM()).isCloseTo(3485109.57, within(0.01));
  }

  @Test
  void localCartesianMatchesCartConvertManualExample() {
    // CartConvert(1): "echo 33.3 44.4 6000 | CartConvert -l 33 44 20" -> 37288.97 33374.29 5783.64
    LocalTangentPlane frame = new LocalTangentPlane(new GeoPoint(33, 44, 20));
    EnuVector v = frame.toEnu(new GeoPoint(33.3, 44.4, 6000));
    assertThat(v.eastM()).isCloseTo(37288.97, within(0.01));
    assertThat(v.northM()).isCloseTo(33374.29, within(0.01));
    assertThat(v.upM()).isCloseTo(5783.64, within(0.01));
  }

  @Test
  void definingAxesOfTheEllipsoid() {
    assertThat(Wgs84.toEcef(new GeoPoint(0, 0, 0)).xM()).isCloseTo(6378137.0, within(1e-6));
    assertThat(Wgs84.toEcef(new GeoPoint(90, 0, 0)).zM()).isCloseTo(6356752.314245, within(1e-5));
    GeoPoint pole = Wgs84.fromEcef(new EcefVector(0, 0, 6356752.314245 + 100));
    assertThat(pole.latDeg()).isEqualTo(90.0);
    assertThat(pole.altitudeM()).isCloseTo(100, within(1e-6));
  }

  @Test
  void geodesicMatchesKarneysWellingtonSalamancaExample() {
    GeoPoint wellington = GeoPoint.of(-41.32, 174.81);
    GeoPoint salamanca = GeoPoint.of(40.96, -5.50);
    assertThat(Wgs84.distanceM(wellington, salamanca)).isCloseTo(19959679.267, within(0.001));
    assertThat(Wgs84.azimuthDeg(wellington, salamanca)).isCloseTo(161.06766998616, within(1e-9));
  }

  @Test
  void interpolationLiesOnTheGeodesic() {
    GeoPoint a = new GeoPoint(54.6, 22.7, 1000);
    GeoPoint b = new GeoPoint(54.68, 25.28, 3000);
    GeoPoint mid = Wgs84.interpolate(a, b, 0.5);
    double total = Wgs84.distanceM(a, b);
    assertThat(Wgs84.distanceM(a, mid)).isCloseTo(total / 2, within(1e-6));
    assertThat(Wgs84.distanceM(mid, b)).isCloseTo(total / 2, within(1e-6));
    assertThat(mid.altitudeM()).isCloseTo(2000, within(1e-9));
    GeoPoint there = Wgs84.destination(a, Wgs84.azimuthDeg(a, b), total);
    assertThat(Wgs84.distanceM(there, b)).isLessThan(1e-6);
  }

  static Stream<Arguments> randomPoints() {
    SplittableRandom r = new SplittableRandom(20251023);
    return Stream.generate(
            () ->
                Arguments.of(
                    r.nextDouble(-89.9, 89.9), r.nextDouble(-180, 180), r.nextDouble(-400, 40000)))
        .limit(200);
  }

  @ParameterizedTest
  @MethodSource("randomPoints")
  void ecefRoundTripIsSubMillimetre(double lat, double lon, double h) {
    GeoPoint p = new GeoPoint(lat, lon, h);
    GeoPoint back = Wgs84.fromEcef(Wgs84.toEcef(p));
    assertThat(back.latDeg()).isCloseTo(lat, within(1e-9));
    assertThat(back.lonDeg()).isCloseTo(lon, within(1e-9));
    assertThat(back.altitudeM()).isCloseTo(h, within(1e-4));
  }

  @ParameterizedTest
  @MethodSource("randomPoints")
  void enuRoundTripAndDistancesAreConsistent(double lat, double lon, double h) {
    LocalTangentPlane frame = new LocalTangentPlane(new GeoPoint(lat, lon, h));
    GeoPoint q = Wgs84.destination(new GeoPoint(lat, lon, h), 45.0, 20_000);
    EnuVector v = frame.toEnu(q);
    GeoPoint back = frame.toGeo(v);
    assertThat(back.latDeg()).isCloseTo(q.latDeg(), within(1e-9));
    assertThat(back.lonDeg()).isCloseTo(q.lonDeg(), within(1e-9));
    // A 20 km geodesic appears as ~20 km in the tangent plane (at height h it is longer by
    // (R + h) / R, at most 0.7 %), and the earth curves away below the plane (about 31 m).
    double chord = Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    assertThat(chord).isCloseTo(20_000 * (1 + h / 6.371e6), within(10.0));
    assertThat(v.upM()).isBetween(-40.0, -25.0);
    assertThat(v.northM()).isPositive();
    assertThat(v.eastM()).isPositive();
  }

  @Test
  void longitudeIsNormalisedAndLatitudeValidated() {
    assertThat(GeoPoint.of(0, 190).lonDeg()).isCloseTo(-170, within(1e-12));
    assertThat(GeoPoint.of(0, -180).lonDeg()).isEqualTo(-180);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoPoint.of(91, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
