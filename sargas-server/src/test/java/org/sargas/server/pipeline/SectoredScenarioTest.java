package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * Tracking partitioned into 2 × 2 geographic sectors (decision 1201) measures the same violations
 * as one tracker: same zones, entry within 1 s, depth within 10 m (track ids differ: sectors number
 * their tracks apart).
 */
class SectoredScenarioTest {
  @ParameterizedTest
  @ValueSource(strings = {"poland-2025-09-10", "lithuania-2025-su30"})
  void twoByTwoSectorsMeasureWhatOneTrackerMeasures(String name) {
    Scenario scenario = new ScenarioCatalog().find(name).orElseThrow();
    List<Violation> single =
        byEntry(new ScenarioRun(CountryBorders.easternFlank()).run(scenario).violations());
    List<Violation> sectored =
        byEntry(
            new ScenarioRun(CountryBorders.easternFlank())
                .withSectors(new SectorSettings(2, 2, SectorSettings.DEFAULT_HALO_M))
                .run(scenario)
                .violations());

    assertThat(single).isNotEmpty();
    assertThat(sectored).hasSameSizeAs(single);
    for (int i = 0; i < single.size(); i++) {
      Violation a = single.get(i);
      Violation b = sectored.get(i);
      assertThat(b.zoneId()).isEqualTo(a.zoneId());
      assertThat(Duration.between(a.entryTime(), b.entryTime()).abs())
          .as("entry of %s / %s", a.trackId(), b.trackId())
          .isLessThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(Math.abs(b.maxDepthM() - a.maxDepthM()))
          .as("depth of %s / %s", a.trackId(), b.trackId())
          .isLessThanOrEqualTo(10.0);
    }
  }

  private static List<Violation> byEntry(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations);
    out.sort(Comparator.comparing(Violation::entryTime));
    return out;
  }
}
