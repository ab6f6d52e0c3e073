package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * Issue 5 item 7, {@code estonia-2025-mig31}: three MiG-31s, transponders off, about 12 minutes in
 * Estonian airspace off Vaindloo, less than 10 km deep, coming from Russian airspace — in the
 * ground truth and as measured from noisy radar plots through tracker and monitor.
 */
class EstoniaMig31ScenarioEndToEndTest {
  private static final double REPORTED_DURATION_S = 12 * 60;
  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    result =
        new ScenarioRun(CountryBorders.easternFlank())
            .run(new ScenarioCatalog().find("estonia-2025-mig31").orElseThrow());
  }

  @Test
  void truthIsTheReportedIncursion() {
    List<Violation> truth = result.truthViolations();
    assertThat(truth)
        .extracting(Violation::trackId)
        .containsExactlyInAnyOrder("MIG31-1", "MIG31-2", "MIG31-3");
    for (Violation v : truth) {
      assertThat(v.zoneId()).isEqualTo("EST");
      assertThat(v.durationS()).isBetween(REPORTED_DURATION_S - 90, REPORTED_DURATION_S + 90);
      assertThat(v.maxDepthM()).isBetween(1000.0, 10_000.0);
      assertThat(v.originCountry()).isEqualTo("RUS");
    }
  }

  @Test
  void eachAircraftsViolationIsMeasuredFromTheRadarPlots() {
    List<Violation> measured = result.violations();
    assertThat(measured).hasSize(3);
    for (Violation v : measured) {
      assertThat(v.zoneId()).isEqualTo("EST");
      assertThat(v.durationS())
          .as("duration of %s", v.trackId())
          .isBetween(REPORTED_DURATION_S - 90, REPORTED_DURATION_S + 90);
      assertThat(v.maxDepthM()).as("depth of %s", v.trackId()).isBetween(1000.0, 10_000.0);
      assertThat(v.originCountry()).as("origin of %s", v.trackId()).isEqualTo("RUS");
      assertThat(v.status()).isEqualTo(ViolationStatus.CONFIRMED);
      Violation nearest = nearestTruth(v);
      assertThat(Math.abs(Duration.between(nearest.entryTime(), v.entryTime()).toMillis()))
          .as("entry time error of %s", v.trackId())
          .isLessThanOrEqualTo(10_000);
      assertThat(Math.abs(nearest.maxDepthM() - v.maxDepthM()))
          .as("depth error of %s", v.trackId())
          .isLessThan(1000.0);
    }
  }

  @Test
  void everyCrossingFromAbroadWasWarnedOfBeforeItHappened() {
    ScenarioChecks.assertEachCrossingFromAbroadWasWarned(result, 30);
  }

  private static Violation nearestTruth(Violation v) {
    return result.truthViolations().stream()
        .min(
            (a, b) ->
                Long.compare(
                    Math.abs(Duration.between(a.entryTime(), v.entryTime()).toMillis()),
                    Math.abs(Duration.between(b.entryTime(), v.entryTime()).toMillis())))
        .orElseThrow();
  }

  @Test
  void aQraLaunchIsRecommendedWithInterceptTimes() {
    var recs = result.response().intercepts();
    assertThat(recs).as("intercept recommendations for the MiG-31s").isNotEmpty();
    assertThat(recs)
        .allSatisfy(
            r -> {
              assertThat(r.baseId()).isIn("EYSA", "EEEI", "EPLK", "EPMB");
              assertThat(r.interceptTime()).isNotNull();
              assertThat(r.timeToInterceptS()).isPositive();
            });
    assertThat(recs.stream().map(r -> r.baseId())).as("Ämari is among the bases").contains("EEEI");
  }
}
