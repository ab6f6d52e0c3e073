package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.truth.TruthSample;

/**
 * Issue 5 item 7, {@code lithuania-2025-gerbera}: a Gerbera drone from Belarus, low and slow, is
 * measured entering Lithuanian airspace from Belarus, then lost; the run reports its last known
 * state, which agrees with the truth at that time and lies far short of where it came down.
 */
class LithuaniaGerberaScenarioEndToEndTest {
  private static ScenarioResult result;
  private static Violation truth;

  @BeforeAll
  static void run() {
    result =
        new ScenarioRun(CountryBorders.easternFlank())
            .run(new ScenarioCatalog().find("lithuania-2025-gerbera").orElseThrow());
    assertThat(result.truthViolations()).hasSize(1);
    truth = result.truthViolations().get(0);
  }

  @Test
  void truthEntersFromBelarusAndEndsInside() {
    assertThat(truth.trackId()).isEqualTo("GERBERA");
    assertThat(truth.zoneId()).isEqualTo("LTU");
    assertThat(truth.originCountry()).isEqualTo("BLR");
    assertThat(truth.exitCountry()).as("it came down inside").isNull();
  }

  @Test
  void theCrossingFromBelarusIsMeasured() {
    List<Violation> fromBelarus =
        result.violations().stream().filter(v -> "BLR".equals(v.originCountry())).toList();
    assertThat(fromBelarus).hasSize(1);
    Violation v = fromBelarus.get(0);
    assertThat(v.zoneId()).isEqualTo("LTU");
    assertThat(Math.abs(Duration.between(truth.entryTime(), v.entryTime()).toMillis()))
        .as("entry time error")
        .isLessThanOrEqualTo(30_000);
    assertThat(ScenarioChecks.distanceM(truth.entryPoint(), v.entryPoint()))
        .as("entry point error")
        .isLessThan(2000);
  }

  @Test
  void everyMeasuredViolationIsTheDrone() {
    assertThat(result.violations()).isNotEmpty();
    for (Violation v : result.violations()) {
      TruthSample s = truthAt(v.entryTime());
      assertThat(ScenarioChecks.distanceM(s.position(), v.entryPoint()))
          .as("%s entry point vs the drone", v.trackId())
          .isLessThan(2000);
    }
  }

  @Test
  void theLastKnownStateIsReportedAndAgreesWithTheTruth() {
    assertThat(result.lastKnown())
        .extracting(LastKnownState::trackId)
        .containsExactlyInAnyOrderElementsOf(
            result.violations().stream().map(Violation::trackId).distinct().toList());
    LastKnownState last =
        result.lastKnown().stream()
            .max(Comparator.comparing(s -> s.lastUpdate().time()))
            .orElseThrow();
    assertThat(last.lost()).as("the drone is lost before it comes down").isTrue();
    Track t = last.lastUpdate();
    Instant crash = result.simulation().truth().get(result.simulation().truth().size() - 1).time();
    assertThat(t.time()).isBefore(crash.minusSeconds(60));
    TruthSample s = truthAt(t.time());
    assertThat(ScenarioChecks.distanceM(s.position(), t.position()))
        .as("last known position error")
        .isLessThan(1000);
    assertThat(t.groundSpeedMps()).isBetween(35.0, 55.0);
    double truthCourse = Math.toDegrees(Math.atan2(s.velocityEastMps(), s.velocityNorthMps()));
    double courseError = Math.abs(((t.courseDeg() - truthCourse) % 360 + 540) % 360 - 180);
    assertThat(courseError).as("course error").isLessThan(20);
    assertThat(t.classification().targetClass()).isEqualTo(TargetClass.LOITERING_MUNITION);
    GeoPoint crashSite =
        result.simulation().truth().get(result.simulation().truth().size() - 1).position();
    assertThat(ScenarioChecks.distanceM(crashSite, t.position()))
        .as("the drone came down far beyond its last known position")
        .isGreaterThan(10_000);
  }

  @Test
  void everyCrossingFromAbroadWasWarnedOfBeforeItHappened() {
    ScenarioChecks.assertEachCrossingFromAbroadWasWarned(result, 30);
  }

  private static TruthSample truthAt(Instant time) {
    return result.simulation().truth().stream()
        .min(Comparator.comparing(s -> Math.abs(Duration.between(s.time(), time).toNanos())))
        .orElseThrow();
  }

  @Test
  void theLostDronesSearchAreaHoldsWhereItCameDown() {
    var areas = result.response().searchAreas();
    assertThat(areas).as("a search area for every drone track lost inside Lithuania").isNotEmpty();
    var target = result.scenario().targets().get(0);
    var impact = target.waypoints().get(target.waypoints().size() - 1);
    var last =
        areas.stream()
            .max(java.util.Comparator.comparing(org.sargas.response.search.SearchArea::lostTime))
            .orElseThrow();
    assertThat(last.inside90(org.sargas.model.geo.GeoPoint.of(impact.latDeg(), impact.lonDeg())))
        .as("Gaižiūnai inside the 90 %% area of the last lost piece (%.0f km²)", last.area90Km2())
        .isTrue();
    assertThat(last.area90Km2()).isBetween(10.0, 5000.0);
    assertThat(last.area50Km2()).isLessThan(last.area90Km2());
  }
}
