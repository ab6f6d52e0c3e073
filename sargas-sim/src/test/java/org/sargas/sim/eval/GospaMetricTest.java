package org.sargas.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GospaMetricTest {
  private final GospaMetric gospa = new GospaMetric(500, 1, 2);

  @Test
  void perfectEstimateScoresZero() {
    GospaScore s =
        gospa.score(
            new double[] {0, 1000},
            new double[] {0, 0},
            2,
            new double[] {1000, 0},
            new double[] {0, 0},
            2);
    assertThat(s.total()).isZero();
    assertThat(s.assigned()).isEqualTo(2);
  }

  @Test
  void partsFollowTheDefinition() {
    // Truth A at 0, truth B at 10 km (missed); track near A (30, 40) -> 50 m; a false track far
    // away.
    GospaScore s =
        gospa.score(
            new double[] {0, 10_000},
            new double[] {0, 0},
            2,
            new double[] {30, -20_000},
            new double[] {40, 0},
            2);
    assertThat(s.localisation()).isCloseTo(50, within(1e-9));
    assertThat(s.missed()).isCloseTo(250, within(1e-9)); // c^p / alpha
    assertThat(s.falseTracks()).isCloseTo(250, within(1e-9));
    assertThat(s.total()).isCloseTo(550, within(1e-9));
  }

  @Test
  void pairBeyondCutoffCountsAsMissedAndFalse() {
    GospaScore s =
        gospa.score(new double[] {0}, new double[] {0}, 1, new double[] {600}, new double[] {0}, 1);
    assertThat(s.assigned()).isZero();
    assertThat(s.total()).isCloseTo(500, within(1e-9));
  }

  @Test
  void assignmentIsOptimalNotGreedy() {
    // Distances: t0-k0 10, t0-k1 90, t1-k0 90, t1-k1 190. Greedy takes t0-k0 first (10 + 190 =
    // 200); the optimum pairs crosswise (90 + 90 = 180).
    double[] tx = {0, 100};
    double[] ty = {0, 0};
    double[] kx = {10, -90};
    double[] ky = {0, 0};
    GospaScore s = gospa.score(tx, ty, 2, kx, ky, 2);
    assertThat(s.localisation()).isCloseTo(180, within(1e-9));
  }

  @Test
  void matchesBruteForceOnRandomScenes() {
    Random rng = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = rng.nextInt(5);
      int m = rng.nextInt(5);
      double[] tx = new double[n];
      double[] ty = new double[n];
      double[] kx = new double[m];
      double[] ky = new double[m];
      for (int i = 0; i < n; i++) {
        tx[i] = rng.nextDouble() * 1500;
        ty[i] = rng.nextDouble() * 1500;
      }
      for (int j = 0; j < m; j++) {
        kx[j] = rng.nextDouble() * 1500;
        ky[j] = rng.nextDouble() * 1500;
      }
      double expected = bruteForce(tx, ty, kx, ky, 0, new boolean[m]);
      assertThat(gospa.score(tx, ty, n, kx, ky, m).total()).isCloseTo(expected, within(1e-6));
    }
  }

  /** Exhaustive GOSPA (p = 1, alpha = 2, c = 500) by recursion over truths. */
  private static double bruteForce(
      double[] tx, double[] ty, double[] kx, double[] ky, int i, boolean[] used) {
    if (i == tx.length) {
      int free = 0;
      for (boolean u : used) {
        if (!u) {
          free++;
        }
      }
      return 250.0 * free;
    }
    double best = 250.0 + bruteForce(tx, ty, kx, ky, i + 1, used);
    for (int j = 0; j < kx.length; j++) {
      if (!used[j]) {
        double d = Math.hypot(tx[i] - kx[j], ty[i] - ky[j]);
        if (d < 500) {
          used[j] = true;
          best = Math.min(best, d + bruteForce(tx, ty, kx, ky, i + 1, used));
          used[j] = false;
        }
      }
    }
    return best;
  }
}
