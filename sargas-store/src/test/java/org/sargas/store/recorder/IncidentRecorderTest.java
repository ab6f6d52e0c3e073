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
}
