package org.sargas.airspace.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sargas.airspace.testing.BruteForce;

class ZoneBoundaryTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /** An irregular ring around (55.5 N, 24.5 E) with 60 vertices and a square hole. */
  static Polygon starWithHole() {
    Random rnd = new Random(42);
    int n = 60;
    Coordinate[] cs = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double r = 0.3 + 0.15 * rnd.nextDouble();
      cs[i] = new Coordinate(24.5 + r * Math.cos(a) / 0.57, 55.5 + r * Math.sin(a));
    }
    cs[n] = cs[0];
    LinearRing hole =
        GF.createLinearRing(
            new Coordinate[] {
              new Coordinate(24.45, 55.45), new Coordinate(24.55, 55.45),
              new Coordinate(24.55, 55.55), new Coordinate(24.45, 55.55),
              new Coordinate(24.45, 55.45)
            });
    return GF.createPolygon(GF.createLinearRing(cs), new LinearRing[] {hole});
  }

  @Test
  void distanceAgreesWithBruteForceGeodesicsInsideAndOutside() {
    Geometry area = starWithHole();
    ZoneBoundary b = new ZoneBoundary(area);
    Random rnd = new Random(7);
    for (int k = 0; k < 60; k++) {
      double lat = 54.9 + 1.2 * rnd.nextDouble();
      double lon = 23.6 + 1.8 * rnd.nextDouble();
      double expected = BruteForce.distanceToBoundaryM(area, lat, lon, 0.0005);
      double[] foot = new double[2];
      double actual = b.distanceM(lat, lon, foot);
      // The oracle's densification step (0.0005°, about 30-55 m) bounds its error from above.
      // Foot found in a local frame: a few millimetres at 10 km from the boundary.
      assertThat(actual).as("point %s %s", lat, lon).isLessThanOrEqualTo(expected + 0.01);
      assertThat(actual).as("point %s %s", lat, lon).isGreaterThan(expected - 2.0);
    }
  }

  @Test
  void approximateDistanceIsWithinThirtyPpmOfTheGeodesic() {
    ZoneBoundary b = new ZoneBoundary(starWithHole());
    Random rnd = new Random(3);
    double[] foot = new double[2];
    for (int k = 0; k < 500; k++) {
      double lat = 54.6 + 1.8 * rnd.nextDouble();
      double lon = 23.0 + 3.0 * rnd.nextDouble();
      double exact = b.distanceM(lat, lon, null);
      double approx = b.approxDistanceM(lat, lon, foot);
      assertThat(approx)
          .as("%s %s at %s m", lat, lon, exact)
          .isCloseTo(exact, within(3e-5 * exact + 0.001));
    }
  }

  @Test
  void distanceToAMeridianEdgeMatchesTheGeodesicToTheFoot() {
    // Square whose western edge is the meridian 24°E; a point 0.01° east of it at 55.1°N.
    Geometry sq =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(24.0, 55.0),
              new Coordinate(24.3, 55.0),
              new Coordinate(24.3, 55.2),
              new Coordinate(24.0, 55.2),
              new Coordinate(24.0, 55.0)
            });
    double d = new ZoneBoundary(sq).distanceM(55.1, 24.01, null);
    // Independent: the shortest geodesic to a meridian meets it at right angles; scan its latitude.
    double best = Double.POSITIVE_INFINITY;
    for (double lat = 55.09; lat <= 55.11; lat += 1e-6) {
      best =
          Math.min(best, net.sf.geographiclib.Geodesic.WGS84.Inverse(55.1, 24.01, lat, 24.0).s12);
    }
    assertThat(d).isCloseTo(best, within(0.01));
    assertThat(d).isCloseTo(640.0, within(2.0)); // 0.01° of longitude at 55.1°N
  }

  @Test
  void crossingsOfAStraightSegmentAreTheExactFractions() {
    Geometry sq =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(24.0, 55.0),
              new Coordinate(24.3, 55.0),
              new Coordinate(24.3, 55.2),
              new Coordinate(24.0, 55.2),
              new Coordinate(24.0, 55.0)
            });
    ZoneBoundary b = new ZoneBoundary(sq);
    double[] out = new double[8];
    // From 23.9 to 24.4 along 55.1: crosses 24.0 at 0.2 and 24.3 at 0.8.
    int n = b.crossings(23.9, 55.1, 24.4, 55.1, out);
    assertThat(n).isEqualTo(2);
    assertThat(out[0]).isCloseTo(0.2, within(1e-12));
    assertThat(out[1]).isCloseTo(0.8, within(1e-12));
    assertThat(b.crossings(23.0, 55.1, 23.5, 55.1, out)).isZero();
    // Diagonally through two corner vertices of a square with exactly representable corners: each
    // vertex is shared by two boundary segments but counts once.
    Geometry exact =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(24.0, 55.0),
              new Coordinate(24.25, 55.0),
              new Coordinate(24.25, 55.25),
              new Coordinate(24.0, 55.25),
              new Coordinate(24.0, 55.0)
            });
    n = new ZoneBoundary(exact).crossings(23.5, 54.5, 24.5, 55.5, out);
    assertThat(n).isEqualTo(2);
    assertThat(out[0]).isEqualTo(0.5);
    assertThat(out[1]).isEqualTo(0.75);
  }
}
