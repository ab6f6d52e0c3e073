package org.sargas.response.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;

class GridContourTest {
  private static final GeoPoint ORIGIN = new GeoPoint(54.9, 24.8, 150);
  private static final LocalTangentPlane PLANE = new LocalTangentPlane(ORIGIN);

  /** A 5×5 grid of 100 m cells with its south-west corner at the origin; '#' = in the set. */
  private static ProbabilityGrid grid() {
    double[] p = new double[25];
    Arrays.fill(p, 1.0 / 25);
    return new ProbabilityGrid(ORIGIN, 100, 0, 0, 5, 5, p);
  }

  /** Rows given north first, as drawn. */
  private static boolean[] mask(String... rowsNorthFirst) {
    boolean[] m = new boolean[25];
    for (int i = 0; i < 5; i++) {
      String row = rowsNorthFirst[i];
      int r = 4 - i;
      for (int c = 0; c < 5; c++) {
        m[r * 5 + c] = row.charAt(c) == '#';
      }
    }
    return m;
  }

  /** Ring vertices back in grid units (column, row of the corner). */
  private static double[][] corners(List<GeoPoint> ring) {
    double[][] out = new double[ring.size()][];
    for (int i = 0; i < ring.size(); i++) {
      EnuVector v = PLANE.toEnu(ring.get(i).withAltitudeM(150));
      out[i] = new double[] {Math.round(v.eastM()) / 100.0, Math.round(v.northM()) / 100.0};
    }
    return out;
  }

  /** Shoelace in grid units: positive = counter-clockwise. */
  private static double area(double[][] ring) {
    double s = 0;
    for (int i = 0; i + 1 < ring.length; i++) {
      s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    }
    return s / 2;
  }

  @Test
  void oneCellIsOneCounterClockwiseSquare() {
    List<List<GeoPoint>> rings =
        GridContour.rings(grid(), mask(".....", ".....", "..#..", ".....", "....."));
    assertThat(rings).hasSize(1);
    double[][] c = corners(rings.get(0));
    assertThat(c).hasDimensions(5, 2);
    assertThat(c[0]).isEqualTo(c[4]);
    assertThat(area(c)).isEqualTo(1.0);
  }

  @Test
  void anLShapeKeepsOnlyItsSixCorners() {
    List<List<GeoPoint>> rings =
        GridContour.rings(grid(), mask(".....", ".#...", ".#...", ".###.", "....."));
    assertThat(rings).hasSize(1);
    double[][] c = corners(rings.get(0));
    assertThat(c.length).isEqualTo(7);
    assertThat(area(c)).isEqualTo(5.0);
  }

  @Test
  void aRingWithAHoleGivesAnOuterRingAndAClockwiseHole() {
    List<List<GeoPoint>> rings =
        GridContour.rings(grid(), mask(".....", ".###.", ".#.#.", ".###.", "....."));
    assertThat(rings).hasSize(2);
    double a0 = area(corners(rings.get(0)));
    double a1 = area(corners(rings.get(1)));
    assertThat(List.of(a0, a1)).containsExactlyInAnyOrder(9.0, -1.0);
    List<List<List<GeoPoint>>> mp = SearchArea.group(rings);
    assertThat(mp).hasSize(1);
    assertThat(mp.get(0)).hasSize(2);
    assertThat(SearchArea.signedArea(mp.get(0).get(0))).isPositive();
    assertThat(SearchArea.signedArea(mp.get(0).get(1))).isNegative();
  }

  @Test
  void cellsTouchingOnlyAtACornerAreSeparatePolygons() {
    List<List<GeoPoint>> rings =
        GridContour.rings(grid(), mask(".....", "..#..", ".#.#.", "..#..", "....."));
    assertThat(rings).hasSize(4);
    for (List<GeoPoint> r : rings) {
      assertThat(area(corners(r))).isEqualTo(1.0);
    }
    assertThat(SearchArea.group(rings)).hasSize(4);
  }

  @Test
  void theWholeGridAndTheEdgesWork() {
    List<List<GeoPoint>> rings =
        GridContour.rings(grid(), mask("#####", "#####", "#####", "#####", "#####"));
    assertThat(rings).hasSize(1);
    assertThat(area(corners(rings.get(0)))).isCloseTo(25.0, within(1e-9));
    assertThat(GridContour.rings(grid(), new boolean[25])).isEmpty();
  }
}
