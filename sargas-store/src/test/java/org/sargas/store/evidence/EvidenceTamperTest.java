package org.sargas.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.store.testing.Incidents;
import org.sargas.store.testing.MutableClock;

/**
 * The acceptance tamper test: on a 1,000-entry evidence log with a signed checkpoint every 250
 * entries, bit flips (every bit of the header and of three record prefixes, one bit in every byte
 * of a whole record, and a seeded sample across both files), insertions, deletions, duplications,
 * reorderings, content changes with a recomputed CRC, and truncations are all detected by the
 * offline audit; a sample is also refused by {@link EvidenceLog#open}. Each audit re-reads the
 * whole log (about 10 ms), so positions are sampled deterministically rather than exhaustive.
 */
class EvidenceTamperTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final int ENTRIES = 1000;
  private static final int CHECKPOINT_EVERY = 250;

  @TempDir static Path dir;
  private static byte[] entriesFile;
  private static byte[] checkpointsFile;
  private static PublicKey key;

  /** Byte offset of each record in the entry file, plus the file length at index ENTRIES. */
  private static long[] offsets;

  @BeforeAll
  static void buildLog() throws IOException {
    MutableClock clock = new MutableClock(T0);
    try (EvidenceLog log = EvidenceLog.open(dir, clock)) {
      key = log.key().publicKey();
      int track = 0;
      while (log.size() < ENTRIES) {
        List<ViolationEvent> events =
            Incidents.lifeCycle("T" + track, T0.plusSeconds(track), track % 5);
        for (ViolationEvent e : events) {
          if (log.size() == ENTRIES) {
            break;
          }
          log.append(EvidenceEntries.violation(e));
          if (log.size() % CHECKPOINT_EVERY == 0) {
            clock.advance(Duration.ofSeconds(60));
            log.checkpoint();
          }
        }
        track++;
      }
    }
    entriesFile = Files.readAllBytes(dir.resolve(EntryFile.NAME));
    checkpointsFile = Files.readAllBytes(dir.resolve(CheckpointFile.NAME));
    offsets = new long[ENTRIES + 1];
    ByteBuffer b = ByteBuffer.wrap(entriesFile);
    long off = EntryFile.HEADER_BYTES;
    for (int i = 0; i < ENTRIES; i++) {
      offsets[i] = off;
      off += 8 + b.getInt((int) off);
    }
    offsets[ENTRIES] = off;
    assertThat(off).isEqualTo(entriesFile.length);
  }

  private static AuditReport audit(byte[] entries, byte[] checkpoints) throws IOException {
    return EvidenceLogAudit.audit(entries, checkpoints, key);
  }

  private static byte[] record(int i) {
    return Arrays.copyOfRange(entriesFile, (int) offsets[i], (int) offsets[i + 1]);
  }

  private static byte[] header() {
    return Arrays.copyOf(entriesFile, EntryFile.HEADER_BYTES);
  }

  private static byte[] concat(List<byte[]> parts) {
    int n = parts.stream().mapToInt(p -> p.length).sum();
    ByteBuffer b = ByteBuffer.allocate(n);
    parts.forEach(b::put);
    return b.array();
  }

  private static List<byte[]> records() {
    List<byte[]> r = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      r.add(record(i));
    }
    return r;
  }

  private static byte[] file(List<byte[]> records) {
    List<byte[]> parts = new ArrayList<>();
    parts.add(header());
    parts.addAll(records);
    return concat(parts);
  }

  private static byte[] flip(byte[] a, long bit) {
    byte[] c = a.clone();
    c[(int) (bit >>> 3)] ^= (byte) (1 << (bit & 7));
    return c;
  }

  private static void assertDetected(byte[] entries, byte[] checkpoints, String what)
      throws IOException {
    AuditReport r = audit(entries, checkpoints);
    assertThat(r.ok()).as("%s must be detected; findings %s", what, r.findings()).isFalse();
  }

  @Test
  void theUntouchedLogAuditsCleanAndReopens() throws IOException {
    AuditReport r = audit(entriesFile, checkpointsFile);
    assertThat(r.findings()).isEmpty();
    assertThat(r.entries()).isEqualTo(ENTRIES);
    assertThat(r.checkpoints()).isEqualTo(ENTRIES / CHECKPOINT_EVERY);
  }

  @Test
  void everyHeaderAndPrefixBitAndEveryByteOfARecordIsCovered() throws IOException {
    List<Long> bits = new ArrayList<>();
    for (long b = 0; b < EntryFile.HEADER_BYTES * 8L; b++) {
      bits.add(b);
    }
    for (int i : new int[] {0, 517, ENTRIES - 1}) {
      for (long b = offsets[i] * 8; b < (offsets[i] + 8) * 8; b++) {
        bits.add(b);
      }
    }
    for (long byteIndex = offsets[517]; byteIndex < offsets[518]; byteIndex++) {
      bits.add(byteIndex * 8 + (byteIndex % 8));
    }
    for (long bit : bits) {
      assertDetected(flip(entriesFile, bit), checkpointsFile, "entry-file bit " + bit);
    }
  }

  @Test
  void sampledBitFlipsAnywhereInEitherFileAreDetected() throws IOException {
    Random rnd = new Random(20260301);
    for (int k = 0; k < 300; k++) {
      long bit = (long) (rnd.nextDouble() * entriesFile.length * 8L);
      assertDetected(flip(entriesFile, bit), checkpointsFile, "entry-file bit " + bit);
    }
    for (int k = 0; k < 150; k++) {
      long bit = (long) (rnd.nextDouble() * checkpointsFile.length * 8L);
      byte[] cp = flip(checkpointsFile, bit);
      assertDetected(entriesFile, cp, "checkpoint-file bit " + bit);
    }
  }

  @Test
  void contentChangesWithRecomputedCrcArePinnedToTheirCheckpointInterval() throws IOException {
    Random rnd = new Random(7);
    for (int k = 0; k < 30; k++) {
      int i = k == 0 ? 0 : k == 1 ? ENTRIES - 1 : rnd.nextInt(ENTRIES);
      List<byte[]> recs = records();
      byte[] rec = recs.get(i).clone();
      int pos = 8 + rnd.nextInt(rec.length - 8);
      rec[pos] = (byte) (rec[pos] == 'x' ? 'y' : 'x');
      CRC32C crc = new CRC32C();
      crc.update(rec, 8, rec.length - 8);
      ByteBuffer.wrap(rec).putInt(4, (int) crc.getValue());
      recs.set(i, rec);
      AuditReport r = audit(file(recs), checkpointsFile);
      assertThat(r.ok()).as("change in entry %d", i).isFalse();
      int firstBadLine = i / CHECKPOINT_EVERY + 1;
      assertThat(r.errors().get(0).kind())
          .isIn(AuditFindingKind.CHECKPOINT_ROOT_MISMATCH, AuditFindingKind.MALFORMED_ENTRY);
      if (r.errors().get(0).kind() == AuditFindingKind.CHECKPOINT_ROOT_MISMATCH) {
        assertThat(r.errors().get(0).location()).endsWith("line " + firstBadLine);
        assertThat(r.errors().get(0).detail())
            .contains("[" + (firstBadLine - 1) * CHECKPOINT_EVERY + ", ");
      }
    }
  }

  @Test
  void insertionsDuplicationsDeletionsAndReorderingsAreDetected() throws IOException {
    Random rnd = new Random(11);
    byte[] forged =
        EntryFile.record(
                EvidenceEntries.violation(Incidents.lifeCycle("FORGED", T0, 0).get(0)).json())
            .array();
    for (int k = 0; k < 20; k++) {
      int i = k == 0 ? 0 : k == 1 ? ENTRIES - 1 : rnd.nextInt(ENTRIES);
      List<byte[]> ins = records();
      ins.add(i, forged);
      assertDetected(file(ins), checkpointsFile, "insertion at " + i);

      if (i < ENTRIES - 1) {
        // (A copy of the last signed entry placed after it is an append, not a change.)
        List<byte[]> dup = records();
        dup.add(i, dup.get(i));
        assertDetected(file(dup), checkpointsFile, "duplicate of " + i);
      }

      List<byte[]> del = records();
      del.remove(i);
      assertDetected(file(del), checkpointsFile, "deletion of " + i);

      int j = (i + 1 + rnd.nextInt(ENTRIES - 1)) % ENTRIES;
      List<byte[]> swap = records();
      swap.set(i, record(j));
      swap.set(j, record(i));
      assertDetected(file(swap), checkpointsFile, "swap of " + i + " and " + j);

      if (i + 1 < ENTRIES) {
        List<byte[]> adj = records();
        adj.set(i, record(i + 1));
        adj.set(i + 1, record(i));
        assertDetected(file(adj), checkpointsFile, "swap of " + i + " and " + (i + 1));
      }
    }
    List<byte[]> reversed = records();
    java.util.Collections.reverse(reversed);
    assertDetected(file(reversed), checkpointsFile, "reversal");
  }

  @Test
  void truncationsOfSignedEntriesAreDetected() throws IOException {
    Random rnd = new Random(13);
    for (int k = 0; k < 120; k++) {
      int i = k < 3 ? new int[] {0, 1, ENTRIES - 1}[k] : rnd.nextInt(ENTRIES);
      assertDetected(
          Arrays.copyOf(entriesFile, (int) offsets[i]), checkpointsFile, "cut before entry " + i);
      int mid = (int) ((offsets[i] + offsets[i + 1]) / 2);
      assertDetected(Arrays.copyOf(entriesFile, mid), checkpointsFile, "cut inside entry " + i);
    }
    assertDetected(new byte[0], checkpointsFile, "empty entry file");
    assertDetected(null, checkpointsFile, "missing entry file");
  }

  @Test
  void removingOrReorderingCheckpointsIsDetectedWhenTheyDisagree() throws IOException {
    String[] lines =
        new String(checkpointsFile, java.nio.charset.StandardCharsets.UTF_8).split("\n");
    // Replaying an old checkpoint after a newer one is a rollback.
    String rolled = String.join("\n", lines) + "\n" + lines[2] + "\n";
    assertDetected(
        entriesFile, rolled.getBytes(java.nio.charset.StandardCharsets.UTF_8), "rollback");
    // A checkpoint from another log (another key) is refused.
    Path other = dir.resolveSibling(dir.getFileName() + "-other");
    try (EvidenceLog log = EvidenceLog.open(other, new MutableClock(T0))) {
      log.append(EvidenceEntries.violation(Incidents.lifeCycle("X", T0, 0).get(0)));
      byte[] foreign = CheckpointFile.line(log.checkpoint());
      byte[] cp = Arrays.copyOf(checkpointsFile, checkpointsFile.length + foreign.length);
      System.arraycopy(foreign, 0, cp, checkpointsFile.length, foreign.length);
      AuditReport r = audit(entriesFile, cp);
      assertThat(r.errors())
          .extracting(AuditFinding::kind)
          .containsExactly(AuditFindingKind.CHECKPOINT_WRONG_KEY);
    }
  }

  @Test
  void openingATamperedLogIsRefused(@TempDir Path work) throws IOException {
    for (String f : new String[] {NodeKey.PRIVATE_FILE, NodeKey.PUBLIC_FILE}) {
      Files.copy(dir.resolve(f), work.resolve(f));
    }
    List<byte[]> variants = new ArrayList<>();
    variants.add(flip(entriesFile, offsets[300] * 8 + 100));
    List<byte[]> del = records();
    del.remove(10);
    variants.add(file(del));
    List<byte[]> swap = records();
    swap.set(5, record(6));
    swap.set(6, record(5));
    variants.add(file(swap));
    variants.add(Arrays.copyOf(entriesFile, (int) offsets[900]));
    variants.add(Arrays.copyOf(entriesFile, (int) offsets[ENTRIES - 1] + 3));
    for (byte[] v : variants) {
      Files.write(work.resolve(EntryFile.NAME), v);
      Files.write(work.resolve(CheckpointFile.NAME), checkpointsFile);
      assertThatThrownBy(() -> EvidenceLog.open(work, new MutableClock(T0)).close())
          .isInstanceOf(EvidenceIntegrityException.class);
    }
    Files.write(work.resolve(EntryFile.NAME), entriesFile);
    try (EvidenceLog log = EvidenceLog.open(work, new MutableClock(T0))) {
      assertThat(log.size()).isEqualTo(ENTRIES);
    }
  }
}
