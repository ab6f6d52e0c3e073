package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.Track;
import org.sargas.server.report.GeoReports;
import org.sargas.server.report.HtmlReport;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * Decision 0802 over the Su-30 / IL-78 incursion, seeds 1..12: the violation figures come from the
 * fixed-lag smoothed track, the smoothing never moves an entry time outside the filtered estimate's
 * 95 % interval, and the alert is still raised on the filtered estimate.
 */
class SmoothedMeasurementTest {
  private static final long SEEDS = 12;
  private static final List<ScenarioResult> results = new ArrayList<>();

  @BeforeAll
  static void run() {
    Scenario base = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScenarioRun run = new ScenarioRun(CountryBorders.easternFlank());
    for (long seed = 1; seed <= SEEDS; seed++) {
      results.add(run.run(IncursionAcceptance.withSeed(base, seed)));
    }
  }

  private static Map<String, Violation> filteredById(ScenarioResult r) {
    return r.filteredViolations().stream()
        .collect(Collectors.toMap(Violation::violationId, Function.identity()));
  }

  @Test
  void everyViolationIsRevisedFromTheSmoothedTrack() {
    for (ScenarioResult r : results) {
      assertThat(r.violations()).hasSize(2);
      assertThat(r.smoothedTrackUpdates()).isNotEmpty();
      Map<String, Violation> filtered = filteredById(r);
      for (Violation v : r.violations()) {
        assertThat(v.basis()).isEqualTo(MeasurementBasis.SMOOTHED);
        assertThat(filtered).containsKey(v.violationId());
        assertThat(filtered.get(v.violationId()).basis()).isEqualTo(MeasurementBasis.FILTERED);
        assertThat(v.entryTimeLow95()).isBefore(v.entryTime());
        assertThat(v.entryTimeHigh95()).isAfter(v.entryTime());
        assertThat(v.maxDepthLow95M()).isLessThan(v.maxDepthM());
      }
    }
  }

  @Test
  void smoothingNeverMovesAnEntryTimeOutsideTheFilteredEstimates95PercentInterval() {
    int checked = 0;
    for (ScenarioResult r : results) {
      Map<String, Violation> filtered = filteredById(r);
      for (Violation smoothed : r.violations()) {
        Violation f = filtered.get(smoothed.violationId());
        assertThat(f.entryTimeLow95()).as("filtered entry interval").isNotNull();
        assertThat(smoothed.entryTime())
            .as("smoothed entry of %s, seed %d", f.trackId(), r.scenario().seed())
            .isBetween(f.entryTimeLow95(), f.entryTimeHigh95());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * SEEDS);
  }

  @Test
  void theAlertIsRaisedOnTheFilteredEstimate() {
    for (ScenarioResult r : results) {
      for (Violation f : r.filteredViolations()) {
        List<Alert> raised =
            r.alerts().stream()
                .filter(a -> a.kind() == AlertKind.VIOLATION && a.trackId().equals(f.trackId()))
                .toList();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).time()).isEqualTo(f.entryTime());
      }
    }
  }

  @Test
  void theIncidentReportShowsBothPathsAndSaysWhichTheFiguresComeFrom() {
    ScenarioResult r = results.get(0);
    Violation v = r.violations().get(0);
    List<Track> filtered =
        r.trackUpdates().stream().filter(t -> t.trackId().equals(v.trackId())).toList();
    List<Track> smoothed =
        r.smoothedTrackUpdates().stream().filter(t -> t.trackId().equals(v.trackId())).toList();
    String html = new HtmlReport(CountryBorders.easternFlank()).render(v, filtered, smoothed, "en");
    assertThat(html)
        .contains("stroke-dasharray")
        .contains("The figures come from the smoothed track (fixed-lag Rauch–Tung–Striebel)");
    String geo = GeoReports.geoJson(v, filtered, smoothed);
    assertThat(geo).contains("\"role\":\"smoothedTrack\"").contains("\"basis\":\"SMOOTHED\"");
  }
}
