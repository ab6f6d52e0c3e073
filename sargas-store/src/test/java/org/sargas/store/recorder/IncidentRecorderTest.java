package org.sargas.store.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.OperatorAction;
import org.sargas.store.testing.Incidents;
import org.sargas.store.testing.MutableClock;

class IncidentRecorderTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path root;

  @Test
  void recordsEvidenceAndIncidentsOnceEvenWhenReplayed() throws IOException {
    DataDirectory data = new DataDirectory(root);
    List<ViolationEvent> events = Incidents.lifeCycle("T1", T0, 2);
    String incident = events.get(0).violation().violationId();
    Alert alert = Incidents.alertFor(events.get(0).violation());
    try (EvidenceLog log = EvidenceLog.open(data.evidence(), new MutableClock(T0));
        IncidentStore store = IncidentStore.openSqlite(data.database())) {
      IncidentRecorder rec = new IncidentRecorder(log, store);
      for (int pass = 0; pass < 2; pass++) {
        for (ViolationEvent e : events) {
          assertThat(rec.violation(e)).isEqualTo(pass == 0);
        }
        assertThat(rec.alert(alert, incident)).isEqualTo(pass == 0);
        Acknowledgement ack = new Acknowledgement(alert.alertId(), "op", T0.plusSeconds(9), "");
        assertThat(rec.acknowledgement(ack, incident)).isEqualTo(pass == 0);
      }
      rec.operatorAction(
          new OperatorAction(T0.plusSeconds(20), "op", "evidence.export", incident, ""), incident);
      assertThat(log.entriesOf(incident)).hasSize(4 + 1 + 1 + 1);
      assertThat(store.violation(incident).orElseThrow().eventCount()).isEqualTo(4);
      assertThat(store.auditLog(T0, 10)).hasSize(2);
    }
  }

  @Test
  void aScansIncidentsInOneBatchLeaveTheSameEvidenceAndRowsAsOneByOne() throws IOException {
    List<ViolationEvent> events = Incidents.lifeCycle("T1", T0, 2);
    String incident = events.get(0).violation().violationId();
    Alert alert = Incidents.alertFor(events.get(0).violation());
    byte[] oneByOne;
    DataDirectory a = new DataDirectory(root.resolve("a"));
    try (EvidenceLog log = EvidenceLog.open(a.evidence(), new MutableClock(T0));
        IncidentStore store = IncidentStore.openSqlite(a.database())) {
      IncidentRecorder rec = new IncidentRecorder(log, store);
      for (ViolationEvent e : events) {
        rec.violation(e);
      }
      rec.alert(alert, incident);
      oneByOne = log.rootHash();
    }
    DataDirectory b = new DataDirectory(root.resolve("b"));
    try (EvidenceLog log = EvidenceLog.open(b.evidence(), new MutableClock(T0));
        IncidentStore store = IncidentStore.openSqlite(b.database())) {
      IncidentRecorder rec = new IncidentRecorder(log, store);
      IncidentStore.FreshIncidents first =
          rec.incidents(events, List.of(alert), java.util.Arrays.asList(incident));
      assertThat(first.events()).containsOnly(true).hasSize(events.size());
      assertThat(first.alerts()).containsExactly(true);
      assertThat(log.rootHash()).isEqualTo(oneByOne);
      assertThat(store.violation(incident).orElseThrow().eventCount()).isEqualTo(events.size());
      assertThat(store.alert(alert.alertId())).isPresent();
      // the same scan again (a retry, a replay): nothing new, nothing appended
      long size = log.size();
      IncidentStore.FreshIncidents again =
          rec.incidents(events, List.of(alert), java.util.Arrays.asList(incident));
      assertThat(again.events()).containsOnly(false);
      assertThat(again.alerts()).containsExactly(false);
      assertThat(log.size()).isEqualTo(size);
    }
  }
}
