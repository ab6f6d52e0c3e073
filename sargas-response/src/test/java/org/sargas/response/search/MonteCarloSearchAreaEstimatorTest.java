package org.sargas.response.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.area.CoverageTest;
import org.sargas.response.testing.Threats;

class MonteCarloSearchAreaEstimatorTest {
  private final MonteCarloSearchAreaEstimator estimator = new MonteCarloSearchAreaEstimator();

  /** A drone at 55 N 24 E, 350 m (200 m above the 150 m ground), due east at 40 m/s. */
  private static LostTrack eastbound(double sigmaM) {
    Track t =
        Threats.track("L", Threats.T0, 55, 24, 350, 90, 40, sigmaM, TargetClass.LOITERING_MUNITION);
    return LostTrack.of(t);
  }

  private static SearchSettings with(LostDroneModel m, WindEstimate wind, long seed) {
    return SearchSettings.defaults(seed)
        .withModel(TargetClass.LOITERING_MUNITION, m)
        .withWind(new ConstantWindSource(wind));
  }

  /** Probability-weighted mean of the grid, east and north metres from the grid's origin. */
  private static double[] mean(ProbabilityGrid g) {
    double e = 0;
    double n = 0;
    for (int r = 0; r < g.rows(); r++) {
      for (int c = 0; c < g.columns(); c++) {
        double p = g.probability(c, r);
        e += p * (g.eastMinM() + (c + 0.5) * g.cellSizeM());
        n += p * (g.northMinM() + (r + 0.5) * g.cellSizeM());
      }
    }
    return new double[] {e, n};
  }

  @Test
  void poweredFlightCarriesTheDroneEnduranceTimesSpeedAlongItsCourse() {
    // 600 s of powered flight, no errors, no wind, then a fall straight down (no momentum to speak
    // of: 2 s × 40 m/s = 80 m).
    LostDroneModel m =
        new LostDroneModel(new UniformEndurance(600, 600), 0, 0, 0, 0, 0, 30, 0, 1.0, 15, 200);
    SearchArea a = estimator.estimate(eastbound(1), with(m, new WindEstimate(0, 0, 0), 1));
    double[] mu = mean(a.grid());
    assertThat(mu[0]).isCloseTo(600 * 40 + 80, within(60.0));
    assertThat(mu[1]).isCloseTo(0, within(60.0));
    // Concentrated: the kernel's floor (125 m) smears one point over a few cells only.
    assertThat(a.area90Km2()).isLessThan(1.0);
    assertThat(a.inside90(new LocalTangentPlane(a.grid().origin()).toGeo(24_080, 0, 0))).isTrue();
  }

  @Test
  void aGlideCoversGlideRatioTimesHeightAndTheWindDriftsAFall() {
    // Glide only: ratio 8 from 200 m above ground = 1 600 m ahead.
    LostDroneModel glide =
        new LostDroneModel(new UniformEndurance(0, 0), 0, 0, 0, 8, 8, 30, 0, 0.0, 15, 200);
    double[] g =
        mean(estimator.estimate(eastbound(1), with(glide, new WindEstimate(0, 0, 0), 2)).grid());
    assertThat(g[0]).isCloseTo(1_600, within(40.0));
    // A fall at 10 m/s from 200 m takes 20 s; a 10 m/s north wind drifts it 200 m north.
    LostDroneModel fall =
        new LostDroneModel(new UniformEndurance(0, 0), 0, 0, 0, 0, 0, 30, 0, 1.0, 10, 200);
    double[] f =
        mean(estimator.estimate(eastbound(1), with(fall, new WindEstimate(0, 10, 0), 3)).grid());
    assertThat(f[1]).isCloseTo(200 - 2 * 10, within(40.0)); // the air moved north: momentum south
    assertThat(f[0]).isCloseTo(2 * 40, within(40.0));
  }

  @Test
  void theSameSeedGivesTheSameAreaAndAnotherSeedNearlyTheSame() {
    LostTrack lost = eastbound(150);
    SearchArea a = estimator.estimate(lost, SearchSettings.defaults(11));
    SearchArea b = estimator.estimate(lost, SearchSettings.defaults(11));
    assertThat(b).isEqualTo(a);
    assertThat(b.polygon90()).isEqualTo(a.polygon90());
    SearchArea c = estimator.estimate(lost, SearchSettings.defaults(12));
    assertThat(c).isNotEqualTo(a);
    assertThat(c.area90Km2()).isCloseTo(a.area90Km2(), within(0.05 * a.area90Km2()));
    assertThat(c.area50Km2()).isCloseTo(a.area50Km2(), within(0.05 * a.area50Km2()));
  }

  @Test
  void theRegionsAreTheSmallestSetsOfCellsHoldingTheirMass() {
    SearchArea a = estimator.estimate(eastbound(150), SearchSettings.defaults(5));
    double[] p = a.grid().probabilities();
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
    for (double mass : new double[] {0.5, 0.9}) {
      boolean[] in = a.grid().region(mass);
      double inside = 0;
      double smallest = Double.POSITIVE_INFINITY;
      double largestOut = 0;
      int cells = 0;
      for (int i = 0; i < p.length; i++) {
        if (in[i]) {
          inside += p[i];
          smallest = Math.min(smallest, p[i]);
          cells++;
        } else {
          largestOut = Math.max(largestOut, p[i]);
        }
      }
      assertThat(inside).isGreaterThanOrEqualTo(mass - 1e-9);
      assertThat(inside - smallest).isLessThan(mass); // one cell fewer would not do
      assertThat(largestOut).isLessThanOrEqualTo(smallest); // highest density first
      double km2 = cells * a.grid().cellSizeM() * a.grid().cellSizeM() / 1e6;
      assertThat(mass == 0.5 ? a.area50Km2() : a.area90Km2()).isCloseTo(km2, within(1e-9));
    }
    assertThat(a.area50Km2()).isLessThan(a.area90Km2());
  }

  @Test
  void theOutlinesEncloseExactlyTheRegionsArea() {
    SearchArea a = estimator.estimate(eastbound(150), SearchSettings.defaults(6));
    LocalTangentPlane plane = new LocalTangentPlane(a.grid().origin());
    double m2 = 0;
    for (List<GeoPoint> ring : a.polygon90()) {
      assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
      double s = 0;
      for (int i = 0; i + 1 < ring.size(); i++) {
        EnuVector u = plane.toEnu(ring.get(i).withAltitudeM(a.grid().origin().altitudeM()));
        EnuVector v = plane.toEnu(ring.get(i + 1).withAltitudeM(a.grid().origin().altitudeM()));
        s += u.eastM() * v.northM() - v.eastM() * u.northM();
      }
      m2 += s / 2; // holes are clockwise and subtract
    }
    assertThat(m2 / 1e6).isCloseTo(a.area90Km2(), within(1e-3 * a.area90Km2()));
    assertThat(a.multiPolygon90()).isNotEmpty();
    assertThat(a.multiPolygon90().get(0).get(0)).isEqualTo(a.polygon90().get(0));
  }

  @Test
  void continuationsThroughSensorCoverageBecomeLessLikely() {
    // A radar covers everything more than 20 km east of the loss: a drone still flying there would
    // have been seen again. The mass beyond 20 km must drop sharply.
    LostTrack lost = eastbound(150);
    GeoPoint edge = Wgs84.destination(GeoPoint.of(55, 24), 90, 20_000);
    CoverageTest radar = (lat, lon, alt) -> lon > edge.lonDeg();
    SearchArea free = estimator.estimate(lost, SearchSettings.defaults(8));
    SearchArea seen = estimator.estimate(lost, SearchSettings.defaults(8).withCoverage(radar, 0.9));
    assertThat(massEastOf(seen.grid(), 20_000)).isLessThan(0.2 * massEastOf(free.grid(), 20_000));
    assertThat(seen.area90Km2()).isLessThan(free.area90Km2());
  }

  private static double massEastOf(ProbabilityGrid g, double eastM) {
    double m = 0;
    for (int r = 0; r < g.rows(); r++) {
      for (int c = 0; c < g.columns(); c++) {
        if (g.eastMinM() + (c + 0.5) * g.cellSizeM() > eastM) {
          m += g.probability(c, r);
        }
      }
    }
    return m;
  }
}
