package org.sargas.store.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.store.testing.Incidents;

/**
 * The behaviour every incident-store database must show; run by {@link SqliteIncidentStoreTest} and
 * {@link PostgresIncidentStoreTest} unchanged.
 */
abstract class IncidentStoreContract {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

  IncidentStore store;

  /** A fresh, empty store (its own database). */
  abstract IncidentStore newStore(String name) throws Exception;

  /** The same database opened again (as after a restart). */
  abstract IncidentStore reopen(String name) throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = newStore("contract");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aViolationLifeCycleIsOneRowUpdatedInPlace() {
    List<ViolationEvent> events = Incidents.lifeCycle("T1", T0, 3);
    for (ViolationEvent e : events) {
      assertThat(store.recordViolationEvent(e)).isTrue();
    }
    String id = events.get(0).violation().violationId();
    StoredViolation sv = store.violation(id).orElseThrow();
    Violation last = events.get(events.size() - 1).violation();
    assertThat(sv.violation()).isEqualTo(last);
    assertThat(sv.violation().entryTime()).isEqualTo(T0);
    assertThat(sv.violation().maxDepthPoint().altitudeM()).isNaN();
    assertThat(sv.lastEventKind()).isEqualTo(ViolationEventKind.CLOSED);
    assertThat(sv.firstEventTime()).isEqualTo(T0);
    assertThat(sv.eventCount()).isEqualTo(5);
    assertThat(store.violationHistory(id))
        .containsExactly(
            ViolationEventKind.OPENED,
            ViolationEventKind.UPDATED,
            ViolationEventKind.UPDATED,
            ViolationEventKind.UPDATED,
            ViolationEventKind.CLOSED);
    assertThat(store.violations(T0, T0.plusSeconds(1), 10)).hasSize(1);
    assertThat(store.openViolations()).isEmpty();
  }

  @Test
  void theIdentityAtEntryIsStoredWithItsReasonsAndWhoSetIt() {
    ViolationEvent plain = Incidents.lifeCycle("T-ID", T0, 0).get(0);
    org.sargas.model.track.IdentityAssessment hostile =
        new org.sargas.model.track.IdentityAssessment(
            org.sargas.model.track.StandardIdentity.HOSTILE,
            List.of("operator maj. A: IFF negative", "no transponder"),
            "maj. A",
            T0);
    store.recordViolationEvent(
        new ViolationEvent(plain.kind(), plain.time(), plain.violation().withIdentity(hostile)));
    Violation back = store.violation(plain.violation().violationId()).orElseThrow().violation();
    assertThat(back.identity().standardIdentity())
        .isEqualTo(org.sargas.model.track.StandardIdentity.HOSTILE);
    assertThat(back.identity().reasons())
        .containsExactly("operator maj. A: IFF negative", "no transponder");
    assertThat(back.identity().overriddenBy()).isEqualTo("maj. A");
    ViolationEvent other = Incidents.lifeCycle("T-NOID", T0, 0).get(0);
    store.recordViolationEvent(other);
    assertThat(
            store.violation(other.violation().violationId()).orElseThrow().violation().identity())
        .isEqualTo(org.sargas.model.track.IdentityAssessment.PENDING);
  }

  @Test
  void replayedAndOutOfOrderEventsNeverDuplicateOrRollBack() {
    List<ViolationEvent> events = Incidents.lifeCycle("T2", T0, 2);
    assertThat(store.recordViolationEvents(events)).isEqualTo(4);
    assertThat(store.recordViolationEvents(events)).isZero();
    for (ViolationEvent e : events) {
      assertThat(store.recordViolationEvent(e)).isFalse();
    }
    String id = events.get(0).violation().violationId();
    // A late UPDATED from before the CLOSED is history, not the current state.
    ViolationEvent late =
        new ViolationEvent(
            ViolationEventKind.UPDATED,
            T0.plusMillis(7_500),
            Incidents.violation("T2", T0, 999, null));
    assertThat(store.recordViolationEvent(late)).isTrue();
    StoredViolation sv = store.violation(id).orElseThrow();
    assertThat(sv.lastEventKind()).isEqualTo(ViolationEventKind.CLOSED);
    assertThat(sv.violation().closed()).isTrue();
    assertThat(sv.eventCount()).isEqualTo(5);
    assertThat(store.violationHistory(id)).hasSize(5);
  }

  @Test
  void openViolationsAndTimeWindows() {
    store.recordViolationEvent(Incidents.lifeCycle("A", T0, 0).get(0));
    store.recordViolationEvents(Incidents.lifeCycle("B", T0.plusSeconds(100), 0));
    store.recordViolationEvent(Incidents.lifeCycle("C", T0.plusSeconds(200), 0).get(0));
    assertThat(store.openViolations())
        .extracting(v -> v.violation().trackId())
        .containsExactly("A", "C");
    assertThat(store.violations(T0, T0.plusSeconds(300), 10))
        .extracting(v -> v.violation().trackId())
        .containsExactly("C", "B", "A");
    assertThat(store.violations(T0.plusSeconds(50), T0.plusSeconds(200), 10))
        .extracting(v -> v.violation().trackId())
        .containsExactly("B");
    assertThat(store.violations(T0, T0.plusSeconds(300), 2)).hasSize(2);
    assertThat(store.violation("nope")).isEmpty();
  }

  @Test
  void alertsAreStoredOnceAndAcknowledgedOnceWithAnAuditLine() {
    Violation v = Incidents.violation("T3", T0, 50, null);
    Alert a = Incidents.alertFor(v);
    assertThat(store.recordAlert(a, v.violationId())).isTrue();
    assertThat(store.recordAlert(a, v.violationId())).isFalse();
    assertThat(store.unacknowledgedAlerts()).extracting(s -> s.alert()).containsExactly(a);
    Acknowledgement ack =
        new Acknowledgement(a.alertId(), "duty-officer", T0.plusSeconds(30), "on it");
    assertThat(store.acknowledge(ack)).isTrue();
    assertThat(store.acknowledge(ack)).isFalse();
    assertThat(store.acknowledge(new Acknowledgement("unknown", "x", T0, ""))).isFalse();
    StoredAlert sa = store.alert(a.alertId()).orElseThrow();
    assertThat(sa.acknowledgement()).isEqualTo(ack);
    assertThat(sa.incidentId()).isEqualTo(v.violationId());
    assertThat(store.unacknowledgedAlerts()).isEmpty();
    assertThat(store.alertsOf(v.violationId())).hasSize(1);
    assertThat(store.alerts(T0, 10)).hasSize(1);
    assertThat(store.alerts(T0.plusSeconds(1), 10)).isEmpty();
    assertThat(store.auditLog(T0, 10))
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.action()).isEqualTo("alert.acknowledge");
              assertThat(op.subject()).isEqualTo(a.alertId());
              assertThat(op.operator()).isEqualTo("duty-officer");
            });
  }

  @Test
  void sensorsKeepTheirStatusAcrossDescriptionUpdates() {
    Sensor s =
        new Sensor(
            "LT-PSR-1",
            "Radar 1",
            SensorKind.PRIMARY_RADAR,
            new GeoPoint(54.9, 23.9, 120),
            250_000,
            4);
    store.recordSensor(s);
    assertThat(store.sensors())
        .singleElement()
        .satisfies(
            ss -> {
              assertThat(ss.sensor()).isEqualTo(s);
              assertThat(ss.status()).isEqualTo(SensorStatus.UNKNOWN);
              assertThat(ss.statusTime()).isNull();
            });
    assertThat(store.updateSensorStatus("LT-PSR-1", SensorStatus.DOWN, T0)).isTrue();
    assertThat(store.updateSensorStatus("nope", SensorStatus.UP, T0)).isFalse();
    Sensor renamed =
        new Sensor(
            "LT-PSR-1",
            "Radar one",
            SensorKind.PRIMARY_RADAR,
            new GeoPoint(54.9, 23.9, Double.NaN),
            250_000,
            4);
    store.recordSensor(renamed);
    assertThat(store.sensors())
        .singleElement()
        .satisfies(
            ss -> {
              assertThat(ss.sensor().name()).isEqualTo("Radar one");
              assertThat(ss.sensor().site().altitudeM()).isNaN();
              assertThat(ss.status()).isEqualTo(SensorStatus.DOWN);
              assertThat(ss.statusTime()).isEqualTo(T0);
            });
  }

  @Test
  void earlyWarningAlertsKeepTheirPrediction() {
    Alert w =
        new Alert(
            "W-T9/LTU/1",
            AlertKind.EARLY_WARNING,
            Severity.WARNING,
            T0,
            "T9",
            "LTU",
            "T9 predicted to enter LTU in 42 s",
            T0.plusSeconds(42),
            42.0,
            new GeoPoint(54.6, 22.7, Double.NaN));
    assertThat(store.recordAlert(w, null)).isTrue();
    Alert back = store.alert(w.alertId()).orElseThrow().alert();
    assertThat(back.predictedEntryTime()).isEqualTo(T0.plusSeconds(42));
    assertThat(back.leadTimeS()).isEqualTo(42.0);
    assertThat(back.predictedEntryPoint().latDeg()).isEqualTo(54.6);
    Violation v = Incidents.violation("T3", T0, 50, null);
    Alert plain = Incidents.alertFor(v);
    store.recordAlert(plain, v.violationId());
    Alert plainBack = store.alert(plain.alertId()).orElseThrow().alert();
    assertThat(plainBack.predictedEntryTime()).isNull();
    assertThat(plainBack.leadTimeS()).isNaN();
  }

  @Test
  void theGreatestTrackIdCoversTrackHistoryAndViolations() {
    assertThat(store.greatestTrackId()).isNull();
    for (Track t : Incidents.track("T0000041", T0, 3, 1)) {
      store.recordTracks(List.of(t));
    }
    assertThat(store.greatestTrackId()).isEqualTo("T0000041");
    store.recordViolationEvent(Incidents.lifeCycle("T0000107", T0, 0).get(0));
    assertThat(store.greatestTrackId()).isEqualTo("T0000107");
    assertThat(store.trackHistory(T0, T0.plusSeconds(10), 100))
        .extracting(Track::trackId)
        .containsOnly("T0000041");
  }

  @Test
  void trackHistoryIsDownsampledButKeepsStateChanges() {
    List<Track> tracks = Incidents.track("T5", T0, 30, 1);
    int stored = 0;
    for (Track t : tracks) {
      stored += store.recordTracks(new TrackBatch(t.time(), List.of(t)));
    }
    List<Track> history = store.trackHistory("T5", T0, T0.plusSeconds(60));
    assertThat(history).hasSize(stored);
    // Every 5 s at 1 Hz, plus the TENTATIVE -> CONFIRMED change at t = 3 s.
    assertThat(history)
        .extracting(t -> t.time().getEpochSecond() - T0.getEpochSecond())
        .containsExactly(0L, 3L, 8L, 13L, 18L, 23L, 28L);
    Track first = tracks.get(0);
    assertThat(history.get(0))
        .usingRecursiveComparison()
        .ignoringFields("identity.operatorPosition")
        .isEqualTo(first);
    Track dropped =
        new Track(
            "T5",
            T0.plusSeconds(29).plusMillis(500),
            first.position(),
            0,
            0,
            0,
            1,
            1,
            0,
            TrackState.DROPPED,
            null,
            null,
            30);
    assertThat(store.recordTracks(List.of(dropped))).isEqualTo(1);
    assertThat(store.recordTracks(List.of(dropped))).isZero();
  }

  @Test
  void pruningKeepsTheHistoryOfTracksWithViolations() {
    store.recordTracks(Incidents.track("KEEP", T0, 20, 2));
    store.recordTracks(Incidents.track("GONE", T0, 20, 3));
    store.recordViolationEvent(Incidents.lifeCycle("KEEP", T0, 0).get(0));
    int before = store.trackHistory("GONE", T0, T0.plusSeconds(60)).size();
    int deleted = store.pruneTrackHistory(T0.plusSeconds(10));
    List<Track> gone = store.trackHistory("GONE", T0, T0.plusSeconds(60));
    assertThat(deleted).isEqualTo(before - gone.size()).isPositive();
    assertThat(gone).allSatisfy(t -> assertThat(t.time()).isAfterOrEqualTo(T0.plusSeconds(10)));
    assertThat(store.trackHistory("KEEP", T0, T0.plusSeconds(60)).get(0).time()).isEqualTo(T0);
  }

  @Test
  void theAuditLogKeepsOrder() {
    for (int i = 0; i < 5; i++) {
      store.recordOperatorAction(
          new OperatorAction(T0.plusSeconds(i), "op" + i, "zone.edit", "Z" + i, "{}"));
    }
    assertThat(store.auditLog(T0.plusSeconds(2), 10))
        .extracting(OperatorAction::operator)
        .containsExactly("op2", "op3", "op4");
  }

  @Test
  void concurrentWritersNeitherLoseNorDuplicate() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        results.add(
            pool.submit(
                () -> {
                  int fresh = 0;
                  for (int i = 0; i < 25; i++) {
                    // Writers overlap on half of the violations: each must be stored exactly once.
                    String track = "W" + ((writer % 2) * 100 + i);
                    for (ViolationEvent e : Incidents.lifeCycle(track, T0, 1)) {
                      fresh += store.recordViolationEvent(e) ? 1 : 0;
                    }
                  }
                  return fresh;
                }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      assertThat(total).isEqualTo(50 * 3);
      assertThat(store.violations(T0, T0.plusSeconds(1), 1000))
          .hasSize(50)
          .allSatisfy(v -> assertThat(v.eventCount()).isEqualTo(3));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void committedDataSurvivesReopening() throws Exception {
    store.recordViolationEvents(Incidents.lifeCycle("R", T0, 1));
    store.close();
    store = reopen("contract");
    assertThat(store.violations(T0, T0.plusSeconds(1), 10)).hasSize(1);
    assertThat(store.recordViolationEvents(Incidents.lifeCycle("R", T0, 1))).isZero();
  }

  @Test
  void timesKeepNanosecondsAndExtremeValues() {
    Instant odd = Instant.parse("1969-12-31T23:59:59.000000001Z");
    Alert a =
        new Alert(
            "odd",
            org.sargas.model.airspace.AlertKind.SENSOR_DOWN,
            org.sargas.model.airspace.Severity.INFO,
            odd,
            null,
            null,
            null);
    store.recordAlert(a, null);
    assertThat(store.alert("odd").orElseThrow().alert()).isEqualTo(a);
    assertThat(Duration.between(odd, store.alert("odd").orElseThrow().alert().time())).isZero();
  }
}
