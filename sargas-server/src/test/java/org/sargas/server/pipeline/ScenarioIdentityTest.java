package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.Track;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/** The acceptance of the identity issue on the seed scenarios. */
class ScenarioIdentityTest {
  private static final CountryBorders BORDERS = CountryBorders.easternFlank();

  private static ScenarioResult run(String name) {
    Scenario s = new ScenarioCatalog().find(name).orElseThrow();
    return new ScenarioRun(BORDERS).run(s);
  }

  @Test
  void su30AndIl78AreHostileAndTheAirlinersOnFiledPlansAreCrossings() {
    ScenarioResult r = run("lithuania-2025-su30");
    assertThat(r.violations()).hasSize(2);
    for (Violation v : r.violations()) {
      assertThat(v.identity().standardIdentity())
          .isIn(StandardIdentity.SUSPECT, StandardIdentity.HOSTILE);
      assertThat(v.identity().reasons()).isNotEmpty();
    }
    assertThat(r.crossings()).hasSize(2);
    Set<String> crossingTracks =
        r.crossings().stream().map(Violation::trackId).collect(Collectors.toSet());
    Set<String> callsigns =
        r.trackUpdates().stream()
            .filter(t -> crossingTracks.contains(t.trackId()) && t.identity().callsign() != null)
            .map(t -> t.identity().callsign())
            .collect(Collectors.toSet());
    assertThat(callsigns).containsExactlyInAnyOrder("BTI7PW", "LOT781");
    for (Violation c : r.crossings()) {
      assertThat(c.identity().standardIdentity()).isEqualTo(StandardIdentity.NEUTRAL);
      assertThat(c.identity().reasons().get(0)).startsWith("filed flight plan");
      assertThat(r.violations()).noneMatch(v -> v.trackId().equals(c.trackId()));
    }
    assertThat(r.alerts())
        .filteredOn(a -> a.kind() == AlertKind.CROSSING)
        .hasSize(2)
        .allMatch(a -> a.severity() == Severity.INFO);
    assertThat(r.alerts())
        .filteredOn(a -> a.kind() == AlertKind.VIOLATION)
        .hasSize(2)
        .allMatch(a -> a.severity() == Severity.CRITICAL);
    assertThat(r.alerts())
        .filteredOn(a -> a.kind() == AlertKind.EARLY_WARNING)
        .as("no early warning for cleared traffic")
        .noneMatch(a -> crossingTracks.contains(a.trackId()));
    // every confirmed track carries an identity with reasons
    for (Track t : r.trackUpdates()) {
      if (t.state() == org.sargas.model.track.TrackState.CONFIRMED) {
        assertThat(t.standardIdentity()).isNotEqualTo(StandardIdentity.PENDING);
        assertThat(t.assessment().reasons()).isNotEmpty();
      }
    }
  }

  @Test
  void theMig31sWithTranspondersOffAndNoPlanAreHostile() {
    ScenarioResult r = run("estonia-2025-mig31");
    assertThat(r.violations()).isNotEmpty();
    assertThat(r.violations())
        .allSatisfy(
            v -> assertThat(v.identity().standardIdentity()).isEqualTo(StandardIdentity.HOSTILE));
    assertThat(r.crossings()).isEmpty();
  }
}
