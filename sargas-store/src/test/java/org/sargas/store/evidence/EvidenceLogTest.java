package org.sargas.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.testing.Incidents;
import org.sargas.store.testing.MutableClock;

class EvidenceLogTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(T0);

  @Test
  void appendsProvesAndSurvivesReopen() throws IOException {
    List<byte[]> written = new ArrayList<>();
    byte[] rootAt3;
    String keyId;
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      keyId = log.key().keyId();
      for (ViolationEvent e : Incidents.lifeCycle("T1", T0, 2)) {
        EvidenceEntry entry = EvidenceEntries.violation(e);
        written.add(entry.json());
        assertThat(log.append(entry)).isEqualTo(written.size() - 1);
      }
      rootAt3 = log.rootHash(3);
      EvidenceEntry alert =
          EvidenceEntries.alert(
              Incidents.alertFor(Incidents.violation("T2", T0, 5, null)),
              "T2/LTU/" + T0.toEpochMilli());
      written.add(alert.json());
      log.append(alert);
      clock.advance(Duration.ofSeconds(60));
      SignedCheckpoint cp = log.checkpoint();
      assertThat(cp.checkpoint().treeSize()).isEqualTo(5);
      assertThat(cp.checkpoint().timestamp()).isEqualTo(T0.plusSeconds(60));
      assertThat(cp.verifies(log.key().publicKey())).isTrue();
    }
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      assertThat(log.key().keyId()).isEqualTo(keyId);
      assertThat(log.size()).isEqualTo(5);
      assertThat(log.latestCheckpoint().checkpoint().treeSize()).isEqualTo(5);
      for (int i = 0; i < 5; i++) {
        assertThat(log.entry(i)).isEqualTo(written.get(i));
        InclusionProof p = log.inclusionProof(i, 5);
        assertThat(p.verifies(written.get(i), log.latestCheckpoint().checkpoint().rootHash()))
            .isTrue();
      }
      assertThat(log.entriesOf("T1/LTU/" + T0.toEpochMilli())).containsExactly(0L, 1L, 2L, 3L);
      assertThat(log.entriesOf("T2/LTU/" + T0.toEpochMilli())).containsExactly(4L);
      assertThat(log.consistencyProof(3, 5).verifies(rootAt3, log.rootHash())).isTrue();
      log.append(
          EvidenceEntries.acknowledgement(
              new Acknowledgement("a1", "op", T0, null), "T2/LTU/" + T0.toEpochMilli()));
      assertThat(log.size()).isEqualTo(6);
    }
    assertThat(EvidenceLogAudit.audit(dir, NodeKey.loadOrCreate(dir).publicKey()).ok()).isTrue();
  }

  @Test
  void entriesAreCanonicalJson() throws IOException {
    EvidenceEntry e = EvidenceEntries.violation(Incidents.lifeCycle("T9", T0, 0).get(0));
    assertThat(CanonicalJson.isCanonical(e.json())).isTrue();
    String s = new String(e.json(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(s)
        .startsWith("{\"incidentId\":\"T9/LTU/")
        .contains("\"type\":\"violation.opened\"")
        .contains("\"altitudeM\":null")
        .doesNotContain(" ");
    EvidenceEntry back = EvidenceEntry.parse(e.json());
    assertThat(back.type()).isEqualTo("violation.opened");
    assertThat(back.time()).isEqualTo(T0);
  }

  @Test
  void aTornLastEntryIsCutOnReopenAndTheLogContinues() throws IOException {
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      for (ViolationEvent e : Incidents.lifeCycle("T1", T0, 3)) {
        log.append(EvidenceEntries.violation(e));
      }
      log.checkpoint();
    }
    Path entries = dir.resolve(EntryFile.NAME);
    byte[] full = Files.readAllBytes(entries);
    // A crash mid-append of a 6th entry leaves part of its record behind.
    byte[] extra =
        EntryFile.record(EvidenceEntries.violation(Incidents.lifeCycle("T7", T0, 0).get(0)).json())
            .array();
    byte[] torn = Arrays.copyOf(full, full.length + 20);
    System.arraycopy(extra, 0, torn, full.length, 20);
    Files.write(entries, torn);
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      assertThat(log.size()).isEqualTo(5);
      assertThat(Files.exists(dir.resolve(EntryFile.NAME + ".damaged-" + full.length))).isTrue();
      log.append(EvidenceEntries.violation(Incidents.lifeCycle("T8", T0, 0).get(0)));
      log.checkpoint();
    }
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      assertThat(log.size()).isEqualTo(6);
    }
  }

  @Test
  void openingAnAlteredLogFailsWithFindings() throws IOException {
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      for (ViolationEvent e : Incidents.lifeCycle("T1", T0, 3)) {
        log.append(EvidenceEntries.violation(e));
      }
      log.checkpoint();
    }
    Path entries = dir.resolve(EntryFile.NAME);
    byte[] b = Files.readAllBytes(entries);
    b[EntryFile.HEADER_BYTES + 30] ^= 0x04;
    Files.write(entries, b);
    assertThatThrownBy(() -> EvidenceLog.open(dir, clock))
        .isInstanceOf(EvidenceIntegrityException.class)
        .satisfies(
            t ->
                assertThat(((EvidenceIntegrityException) t).findings())
                    .extracting(AuditFinding::kind)
                    .contains(AuditFindingKind.CORRUPT_ENTRY));
  }

  @Test
  void aDeletedEntryFileUnderSurvivingCheckpointsIsRefused() throws IOException {
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      log.append(EvidenceEntries.violation(Incidents.lifeCycle("T1", T0, 0).get(0)));
      log.checkpoint();
    }
    Files.delete(dir.resolve(EntryFile.NAME));
    assertThatThrownBy(() -> EvidenceLog.open(dir, clock))
        .isInstanceOf(EvidenceIntegrityException.class)
        .satisfies(
            t ->
                assertThat(((EvidenceIntegrityException) t).findings())
                    .extracting(AuditFinding::kind)
                    .contains(AuditFindingKind.CHECKPOINT_BEYOND_LOG));
  }

  @Test
  void aWitnessedCheckpointCatchesALogRewrittenWithItsCheckpoints() throws IOException {
    SignedCheckpoint witnessed;
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      for (ViolationEvent e : Incidents.lifeCycle("T1", T0, 3)) {
        log.append(EvidenceEntries.violation(e));
      }
      witnessed = log.checkpoint();
      log.append(EvidenceEntries.violation(Incidents.lifeCycle("T2", T0, 0).get(0)));
      assertThat(log.isConsistentWith(witnessed)).isTrue();
    }
    // Someone swaps two entries and deletes the checkpoint file that would betray it.
    Path entries = dir.resolve(EntryFile.NAME);
    byte[] b = Files.readAllBytes(entries);
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
    int first = EntryFile.HEADER_BYTES;
    int firstLen = 8 + buf.getInt(first);
    int second = first + firstLen;
    int secondLen = 8 + buf.getInt(second);
    byte[] swapped = b.clone();
    System.arraycopy(b, second, swapped, first, secondLen);
    System.arraycopy(b, first, swapped, first + secondLen, firstLen);
    Files.write(entries, swapped);
    Files.delete(dir.resolve(CheckpointFile.NAME));
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      assertThat(log.size()).isEqualTo(6);
      assertThat(log.isConsistentWith(witnessed)).isFalse();
    }
  }

  @Test
  void theNodeKeyIsCreatedOnceAndKeptPrivate() throws IOException {
    NodeKey a = NodeKey.loadOrCreate(dir);
    NodeKey b = NodeKey.loadOrCreate(dir);
    assertThat(b.keyId()).isEqualTo(a.keyId());
    assertThat(b.publicKey().getEncoded()).isEqualTo(a.publicKey().getEncoded());
    assertThat(
            NodeKey.readPublicPem(Files.readString(dir.resolve(NodeKey.PUBLIC_FILE))).getEncoded())
        .isEqualTo(a.publicKey().getEncoded());
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve(NodeKey.PRIVATE_FILE))))
          .isEqualTo("rw-------");
    }
    byte[] msg = {1, 2, 3};
    byte[] sig = a.sign(msg);
    Checkpoint c = new Checkpoint("o", 1, new byte[32], T0);
    SignedCheckpoint sc = a.sign(c);
    assertThat(sc.verifies(a.publicKey())).isTrue();
    assertThat(sig).hasSize(64);
    SignedCheckpoint forged =
        new SignedCheckpoint(new Checkpoint("o", 2, new byte[32], T0), sc.keyId(), sc.signature());
    assertThat(forged.verifies(a.publicKey())).isFalse();
    assertThat(SignedCheckpoint.fromJson(sc.toJson())).isEqualTo(sc);
  }
}
