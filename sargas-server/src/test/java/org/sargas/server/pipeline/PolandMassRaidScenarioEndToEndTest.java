package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.truth.TruthSample;

/**
 * Issue 5 item 7, {@code poland-2025-09-10}: in a compressed night mass raid from Belarus every
 * crossing drone's violation is measured (each truth violation matched by entry time and place),
 * and none is reported for the decoys that stay in Belarus.
 */
class PolandMassRaidScenarioEndToEndTest {
  /** A measured entry may lag the true one by a few radar looks while the track confirms. */
  private static final long ENTRY_TIME_TOLERANCE_MS = 90_000;

  /** ... and lie that far along the path (90 s at 45 m/s is about 4 km). */
  private static final double ENTRY_PLACE_TOLERANCE_M = 5_000;

  private static Scenario scenario;
  private static ScenarioResult result;
  private static Set<String> crossing;
  private static Set<String> decoys;

  @BeforeAll
  static void run() {
    scenario = new ScenarioCatalog().find("poland-2025-09-10").orElseThrow();
    result = new ScenarioRun(CountryBorders.easternFlank()).run(scenario);
    crossing = ids("DRONE-");
    decoys = ids("DECOY-");
  }

  @Test
  void truthHasNineteenCrossingsAllEndingInsidePoland() {
    assertThat(crossing).hasSize(19);
    assertThat(decoys).isNotEmpty();
    assertThat(result.truthViolations())
        .extracting(Violation::trackId)
        .containsExactlyInAnyOrderElementsOf(crossing);
    for (Violation v : result.truthViolations()) {
      assertThat(v.zoneId()).isEqualTo("POL");
      assertThat(v.originCountry()).isEqualTo("BLR");
      assertThat(v.exitCountry()).as("%s comes down inside Poland", v.trackId()).isNull();
    }
    List<String> shotDown =
        scenario.targets().stream()
            .filter(t -> t.description().contains("shot down"))
            .map(ScenarioTarget::id)
            .toList();
    assertThat(shotDown).hasSizeBetween(3, 4);
  }

  @Test
  void everyCrossingIsMeasured() {
    for (Violation truth : result.truthViolations()) {
      List<Violation> inTime =
          result.violations().stream()
              .filter(v -> entryTimeErrorMs(truth, v) <= ENTRY_TIME_TOLERANCE_MS)
              .toList();
      assertThat(inTime)
          .as("violations entering near the time of %s", truth.trackId())
          .isNotEmpty();
      Violation match =
          inTime.stream()
              .min(
                  Comparator.comparing(
                      v -> ScenarioChecks.distanceM(truth.entryPoint(), v.entryPoint())))
              .orElseThrow();
      assertThat(ScenarioChecks.distanceM(truth.entryPoint(), match.entryPoint()))
          .as("entry point of %s", truth.trackId())
          .isLessThan(ENTRY_PLACE_TOLERANCE_M);
      assertThat(match.zoneId()).isEqualTo("POL");
      assertThat(Math.abs(match.maxDepthM() - truth.maxDepthM()))
          .as("depth of %s", truth.trackId())
          .isLessThan(3000);
    }
  }

  @Test
  void everyMeasuredViolationIsACrossingDroneAndNoneADecoy() {
    for (Violation v : result.violations()) {
      TruthSample nearest = nearestTarget(v.entryTime(), v.entryPoint());
      assertThat(ScenarioChecks.distanceM(nearest.position(), v.entryPoint()))
          .as("%s entry point vs the nearest target", v.trackId())
          .isLessThan(ENTRY_PLACE_TOLERANCE_M);
      assertThat(crossing)
          .as("%s is near %s", v.trackId(), nearest.targetId())
          .contains(nearest.targetId());
    }
  }

  @Test
  void mostCrossingsAreMeasuredFromTheirOrigin() {
    long fromBelarus =
        result.violations().stream().filter(v -> "BLR".equals(v.originCountry())).count();
    assertThat(fromBelarus).isGreaterThanOrEqualTo(crossing.size() - 2);
  }

  @Test
  void everyCrossingFromAbroadWasWarnedOfBeforeItHappened() {
    ScenarioChecks.assertEachCrossingFromAbroadWasWarned(result, 30);
  }

  private static Set<String> ids(String prefix) {
    return scenario.targets().stream()
        .map(ScenarioTarget::id)
        .filter(id -> id.startsWith(prefix))
        .collect(Collectors.toSet());
  }

  private static long entryTimeErrorMs(Violation truth, Violation measured) {
    return Math.abs(Duration.between(truth.entryTime(), measured.entryTime()).toMillis());
  }

  /** The truth sample, of any target alive then, nearest to a point at a time (within 1 s). */
  private static TruthSample nearestTarget(Instant time, GeoPoint p) {
    return result.simulation().truth().stream()
        .filter(s -> Math.abs(Duration.between(s.time(), time).toMillis()) <= 1000)
        .min(Comparator.comparing(s -> ScenarioChecks.distanceM(s.position(), p)))
        .orElseThrow();
  }

  @Test
  void theRaidGetsACostAwareEffectorPlanWithoutMissilesWhereAGunOrJammerCanDo() {
    var plan = result.response().effectorPlan();
    assertThat(plan).as("an effector plan for the drones").isNotNull();
    assertThat(plan.assignments())
        .hasSize(result.violations().stream().map(v -> v.trackId()).distinct().toList().size());
    assertThat(plan.missilesOnEverythingCostEur()).isPositive();
    for (var a : plan.assignments()) {
      boolean cheapWindow = a.options().stream().anyMatch(o -> o.kind().cheap());
      boolean missile = a.engagements().stream().anyMatch(e -> e.kind().missile());
      assertThat(cheapWindow && missile)
          .as("%s: a missile although a gun or jammer window exists", a.trackId())
          .isFalse();
    }
  }
}
