package org.sargas.store.durability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.store.evidence.EvidenceEntries;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.journal.FrameJournal;
import org.sargas.store.journal.JournalConfig;
import org.sargas.store.testing.Incidents;

/**
 * The process the kill test kills: it writes frame i to the journal, incident i to the store and
 * evidence entry i to the log, forever, resuming after what the journal already holds, and
 * acknowledges each write on stdout only after the write call returned ("J i", "S i", "E i index").
 */
public final class DurabilityChild {
  private DurabilityChild() {}

  /** Deterministic payload of frame i. */
  static byte[] payload(long i) {
    return ("frame-" + i + "-" + "x".repeat((int) (i % 97))).getBytes(StandardCharsets.US_ASCII);
  }

  /** The incident event written for step i. */
  static ViolationEvent event(long i) {
    return Incidents.lifeCycle("K" + i, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i), 0)
        .get(0);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true,
            StandardCharsets.US_ASCII);
    InstantSource clock = InstantSource.system();
    JournalConfig cfg =
        JournalConfig.defaults(dir.resolve("journal")).withSegmentMaxBytes(64 * 1024);
    try (FrameJournal journal = FrameJournal.open(cfg, clock);
        EvidenceLog log = EvidenceLog.open(dir.resolve("evidence"), clock);
        IncidentStore store = IncidentStore.openSqlite(dir.resolve("db"))) {
      out.println("READY " + journal.nextSequence());
      for (long i = journal.nextSequence(); ; i++) {
        long seq =
            journal.append(
                new RawFrame(
                    "child",
                    Instant.ofEpochSecond(1_800_000_000L + i),
                    payload(i),
                    FrameFormat.ASTERIX));
        out.println("J " + i + " " + seq);
        store.recordViolationEvent(event(i));
        out.println("S " + i);
        long index = log.append(EvidenceEntries.violation(event(i)));
        out.println("E " + i + " " + index);
        if (i % 50 == 0) {
          log.checkpoint();
        }
      }
    }
  }
}
