package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * The Su-30 / IL-78 incursion over seeds 1..10: the tracker holds both closely spaced aircraft
 * through the 2 g turn at the deepest point, so each run measures one violation per aircraft (no
 * fragment from a track lost in the turn and re-initiated inside Lithuania) and nearly every run
 * meets the acceptance (600–800 m, 15–21 s, from RUS). Before mode-wise gating and the short IMM
 * sojourns, 5 of 20 seeds passed and 9 of these 10 seeds gave a fragment or a depth outside the
 * bounds.
 */
class Su30MonteCarloTest {
  private static final long SEEDS = 10;
  private static final List<ScenarioResult> results = new ArrayList<>();

  @BeforeAll
  static void run() {
    Scenario base = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScenarioRun run = new ScenarioRun(CountryBorders.easternFlank());
    for (long seed = 1; seed <= SEEDS; seed++) {
      results.add(run.run(IncursionAcceptance.withSeed(base, seed)));
    }
  }

  @Test
  void eachAircraftHasOneUnbrokenViolationInEveryRun() {
    for (ScenarioResult r : results) {
      long seed = r.scenario().seed();
      assertThat(r.truthViolations()).as("truth, seed %d", seed).hasSize(2);
      assertThat(r.violations()).as("violations, seed %d", seed).hasSize(2);
      for (Violation v : r.violations()) {
        assertThat(v.durationS())
            .as("duration of %s, seed %d", v.trackId(), seed)
            .isBetween(15.0, 21.0);
        assertThat(v.maxDepthM())
            .as("depth of %s, seed %d", v.trackId(), seed)
            .isBetween(500.0, 1000.0);
      }
    }
  }

  @Test
  void atLeastNineRunsOfTenMeetTheAcceptance() {
    IncursionAcceptance acceptance = IncursionAcceptance.su30();
    List<String> failures = new ArrayList<>();
    for (ScenarioResult r : results) {
      List<String> bad = acceptance.shortfalls(r);
      if (!bad.isEmpty()) {
        failures.add("seed " + r.scenario().seed() + ": " + String.join(", ", bad));
      }
    }
    assertThat(failures).as("runs outside the acceptance").hasSizeLessThanOrEqualTo(1);
  }
}
