package org.sargas.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Violation;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.store.incident.StoredAlert;
import org.sargas.store.incident.StoredViolation;

/**
 * The live node is the system the scenarios measure: each seed scenario runs once through {@code
 * scenario run} and once through {@code serve} — its radars sending ASTERIX and its Remote ID
 * receivers F3411 Message Packs over real loopback UDP sockets, its acoustic and RF bearing sensors
 * SAPIENT over TCP, at the scenario's event time on an accelerated clock — and both raise the same
 * violations (track, zone, entry and exit within 0.5 s, depth within 10 m), the same early warnings
 * and the same runway suspensions.
 */
class LiveMatchesScenarioTest {
  /** Scenario seconds per wall second. */
  static final double SPEED = 100;

  /**
   * Lateness allowance of the live node, scenario seconds (0.6 s of wall time at this speed):
   * absorbs the scheduling stalls of a loaded machine. It delays the scans, never changes them.
   */
  static final double LATENESS_S = 60;

  static final double TIME_TOLERANCE_S = 0.5;
  static final double DEPTH_TOLERANCE_M = 10;
  static final Instant FAR_FUTURE = Instant.parse("2262-01-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lithuania-2025-su30",
        "estonia-2025-mig31",
        "lithuania-2025-gerbera",
        "poland-2025-09-10",
        "copenhagen-2025-09-22"
      })
  void theLiveNodeRaisesWhatTheScenarioRunRaises(String name, @TempDir Path data) throws Exception {
    Scenario scenario = new ScenarioCatalog().find(name).orElseThrow();
    ScenarioResult expected = new ScenarioRun(CountryBorders.easternFlank()).run(scenario);

    ScaledClock clock = new ScaledClock(scenario.start(), SPEED);
    List<Violation> liveViolations;
    List<Alert> liveAlerts = new ArrayList<>();
    try (DemoFeeds feeds = new DemoFeeds(scenario, clock, 0, false)) {
      ServeConfig config =
          feeds
              .configure(
                  ServeConfig.defaults()
                      .withPort(0)
                      .withDataDir(data.toString())
                      // loopback: plain HTTP (no certificate to make at start)
                      .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", null)))
              .withPipeline(new PipelineSettings(1.0, LATENESS_S, null, null, null, null));
      try (ServeNode node = ServeNode.start(config, clock)) {
        for (int i = 0; i < 500 && !feeds.tcpFeedsConnected(); i++) {
          Thread.sleep(10);
        }
        assertThat(feeds.tcpFeedsConnected())
            .as("the node connected to the SAPIENT nodes")
            .isTrue();
        feeds.streamOnce(id -> ServeEndToEndContract.port(node, id), 0, scenario.durationS());
        // Let the last slices run: the watermark (clock ticks) must pass the end plus the lateness.
        clock.sleepUntil(scenario.timeAt(scenario.durationS() + LATENESS_S + 3));
        for (int i = 0; i < 100 && node.queueDepth() > 0; i++) {
          Thread.sleep(50);
        }
        // The queue is empty once the worker took the last batch, not once it stored it: wait
        // until the stored violations stop changing (the last scans' events are written).
        List<String> before = List.of();
        for (int i = 0; i < 60; i++) {
          List<String> now =
              node.store().violations(Instant.EPOCH, FAR_FUTURE, 10_000).stream()
                  .map(v -> v.violation().violationId() + "#" + v.eventCount())
                  .toList();
          if (now.equals(before)) {
            break;
          }
          before = now;
          Thread.sleep(500);
        }
        liveViolations =
            node.store().violations(Instant.EPOCH, FAR_FUTURE, 10_000).stream()
                .map(StoredViolation::violation)
                .toList();
        for (StoredAlert a : node.store().alerts(Instant.EPOCH, 10_000)) {
          liveAlerts.add(a.alert());
        }
        assertThat(node.metrics().value("sargas_late_reports_total", ""))
            .as("reports late at %sx (raise LATENESS_S)", SPEED)
            .isZero();
      }
    }

    // Violations: one live violation per scenario violation, matched by track, zone and order of
    // entry.
    List<Violation> want = sortedViolations(expected.violations());
    List<Violation> got = sortedViolations(liveViolations);
    assertThat(got.stream().map(v -> v.trackId() + "/" + v.zoneId()).toList())
        .as("violations (track/zone) of %s", name)
        .containsExactlyElementsOf(want.stream().map(v -> v.trackId() + "/" + v.zoneId()).toList());
    for (int i = 0; i < want.size(); i++) {
      Violation w = want.get(i);
      Violation g = got.get(i);
      assertThat(seconds(w.entryTime(), g.entryTime()))
          .as("entry of %s", g.violationId())
          .isLessThanOrEqualTo(TIME_TOLERANCE_S);
      assertThat(Math.abs(w.maxDepthM() - g.maxDepthM()))
          .as("depth of %s", g.violationId())
          .isLessThanOrEqualTo(DEPTH_TOLERANCE_M);
      if (g.closed()) {
        assertThat(seconds(w.exitTime(), g.exitTime()))
            .as("exit of %s", g.violationId())
            .isLessThanOrEqualTo(TIME_TOLERANCE_S);
      }
    }

    // Early warnings and runway suspensions: the same alerts at the same event times.
    for (AlertKind kind :
        List.of(AlertKind.EARLY_WARNING, AlertKind.RUNWAY_SUSPENSION, AlertKind.VIOLATION)) {
      List<Alert> wantAlerts = ofKind(expected.alerts(), kind);
      List<Alert> gotAlerts = ofKind(liveAlerts, kind);
      assertThat(gotAlerts.stream().map(LiveMatchesScenarioTest::key).toList())
          .as("%s alerts of %s", kind, name)
          .containsExactlyElementsOf(
              wantAlerts.stream().map(LiveMatchesScenarioTest::key).toList());
      for (int i = 0; i < wantAlerts.size(); i++) {
        assertThat(seconds(wantAlerts.get(i).time(), gotAlerts.get(i).time()))
            .as("time of %s", gotAlerts.get(i).alertId())
            .isLessThanOrEqualTo(TIME_TOLERANCE_S);
      }
    }
  }

  private static List<Violation> sortedViolations(List<Violation> vs) {
    return vs.stream()
        .sorted(
            Comparator.comparing(Violation::trackId)
                .thenComparing(Violation::zoneId)
                .thenComparing(Violation::entryTime))
        .toList();
  }

  private static List<Alert> ofKind(List<Alert> alerts, AlertKind kind) {
    return alerts.stream()
        .filter(a -> a.kind() == kind)
        .sorted(Comparator.comparing(Alert::time).thenComparing(Alert::alertId))
        .toList();
  }

  private static String key(Alert a) {
    return a.kind() + " " + a.severity() + " " + a.trackId() + " " + a.zoneId();
  }

  private static double seconds(Instant a, Instant b) {
    return Math.abs(Duration.between(a, b).toNanos()) / 1e9;
  }
}
