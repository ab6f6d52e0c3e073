package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * The foundation issue's acceptance, end to end: simulated noisy radar plots → tracker → airspace
 * monitor measure the Su-30 / IL-78 incursion of 23 October 2025 as reported (about 700 m, about 18
 * s, from Russia), and nothing else.
 */
class Su30ScenarioEndToEndTest {
  private static CountryBorders borders;
  private static Scenario scenario;
  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    borders = CountryBorders.easternFlank();
    scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    result = new ScenarioRun(borders).run(scenario);
  }

  @Test
  void truthIsTheReportedIncursion() {
    List<Violation> truth = result.truthViolations();
    assertThat(truth).extracting(Violation::trackId).containsExactlyInAnyOrder("IL-78", "SU-30");
    for (Violation v : truth) {
      assertThat(v.zoneId()).isEqualTo("LTU");
      assertThat(v.maxDepthM()).isBetween(650.0, 750.0);
      assertThat(v.durationS()).isBetween(16.0, 20.0);
      assertThat(v.originCountry()).isEqualTo("RUS");
      assertThat(v.exitCountry()).isEqualTo("RUS");
    }
  }

  @Test
  void trackerMeasuresEachAircraftsViolationWithinTheAcceptanceBounds() {
    List<Violation> measured = result.violations();
    assertThat(measured).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    for (Violation v : measured) {
      assertThat(v.zoneId()).isEqualTo("LTU");
      assertThat(v.maxDepthM()).as("depth of %s", v.trackId()).isBetween(600.0, 800.0);
      assertThat(v.durationS()).as("duration of %s", v.trackId()).isBetween(15.0, 21.0);
      assertThat(v.originCountry()).isEqualTo("RUS");
      assertThat(v.status()).isEqualTo(ViolationStatus.CONFIRMED);
      long bestEntryErrorMs =
          result.truthViolations().stream()
              .mapToLong(t -> Math.abs(Duration.between(t.entryTime(), v.entryTime()).toMillis()))
              .min()
              .orElseThrow();
      assertThat(bestEntryErrorMs)
          .as("entry time error of %s", v.trackId())
          .isLessThanOrEqualTo(2000);
    }
  }

  @Test
  void theRunIsDeterministic() {
    ScenarioResult again = new ScenarioRun(borders).run(scenario);
    assertThat(again.violations()).isEqualTo(result.violations());
    assertThat(again.trackUpdates()).isEqualTo(result.trackUpdates());
  }
}
