package org.sargas.response.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

class LostDroneEvaluationTest {

  @Test
  void atLeastNinetyPercentOfTrueImpactsFallInTheNinetyPercentRegions() {
    LostDroneEvaluationResult r = new LostDroneEvaluation().run(200, 42, 2_000);
    assertThat(r.runs()).isEqualTo(200);
    assertThat(r.containedIn90()).isGreaterThanOrEqualTo(LostDroneEvaluationResult.GOAL_90);
    assertThat(r.goalMet()).isTrue();
    // Calibrated, not trivially wide: the 50 % regions hold roughly half, and are smaller.
    assertThat(r.containedIn50()).isBetween(0.4, 0.75);
    assertThat(r.medianArea50Km2()).isLessThan(r.medianArea90Km2() / 2);
    assertThat(r.medianArea90Km2()).isBetween(200.0, 1500.0);
  }

  @Test
  void theEvaluationIsDeterministic() {
    assertThat(new LostDroneEvaluation().run(6, 3, 500))
        .isEqualTo(new LostDroneEvaluation().run(6, 3, 500));
  }

  @Test
  void theTruthFollowsItsStatedDistributions() {
    GerberaLossSimulator sim = new GerberaLossSimulator();
    SplittableRandom rng = new SplittableRandom(1);
    int glides = 0;
    int n = 2_000;
    for (int i = 0; i < n; i++) {
      LostDroneCase c = sim.next(rng, "T" + i);
      assertThat(c.remainingEnduranceS()).isBetween(60.0, 1200.0);
      assertThat(c.track().groundSpeedMps()).isBetween(30.0, 60.0);
      GeoPoint p = c.track().position();
      double flown = Wgs84.distanceM(p, c.impact());
      // Never farther than 50 m/s + 10 m/s wind + gusts over the endurance plus a glide.
      assertThat(flown).isLessThan(75 * c.remainingEnduranceS() + 6_000);
      glides += c.glided() ? 1 : 0;
    }
    assertThat((double) glides / n).isCloseTo(0.7, within(0.04));
  }
}
