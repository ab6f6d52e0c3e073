package org.sargas.store.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.store.evidence.EvidenceEntries;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.journal.JournalEntry;
import org.sargas.store.journal.JournalReader;
import org.sargas.store.testing.MutableClock;

/**
 * kill -9 during sustained writing: a child JVM writes to the journal, the incident store and the
 * evidence log and acknowledges each write; the test kills it with {@code destroyForcibly}
 * (SIGKILL) at an arbitrary point, three times, restarting it in between. After each kill every
 * acknowledged write must be there, nothing duplicated, and the child must resume where it stopped.
 */
class KillNineTest {
  @TempDir Path dir;

  private record Acks(
      long firstStep, List<Long> journal, Set<Long> store, Map<Long, Long> evidence) {}

  private Acks runAndKill(int acksBeforeKill) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            DurabilityChild.class.getName(),
            dir.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    List<Long> journal = new ArrayList<>();
    Set<Long> store = new HashSet<>();
    Map<Long, Long> evidence = new HashMap<>();
    long first = -1;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
      String line;
      int acks = 0;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(" ");
        switch (f[0]) {
          case "READY" -> first = Long.parseLong(f[1]);
          case "J" -> {
            assertThat(Long.parseLong(f[2])).isEqualTo(Long.parseLong(f[1]));
            journal.add(Long.parseLong(f[1]));
          }
          case "S" -> store.add(Long.parseLong(f[1]));
          case "E" -> evidence.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
          default -> throw new AssertionError("unexpected line " + line);
        }
        if (++acks == acksBeforeKill) {
          // SIGKILL through the handle: unlike Process.destroyForcibly it leaves our end of the
          // pipe open, so acknowledgements already written by the child are still read.
          p.toHandle().destroyForcibly();
        }
      }
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(journal).isNotEmpty();
    return new Acks(first, journal, store, evidence);
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillNineAndNothingIsDuplicated() throws Exception {
    long expectedFirst = 0;
    Set<Long> allStore = new HashSet<>();
    Map<Long, Long> allEvidence = new HashMap<>();
    for (int round = 0; round < 3; round++) {
      Acks acks = runAndKill(300 + 217 * round);
      // The child resumed right after the last frame the journal kept.
      assertThat(acks.firstStep()).isEqualTo(expectedFirst);
      allStore.addAll(acks.store());
      allEvidence.putAll(acks.evidence());

      List<JournalEntry> entries = new ArrayList<>();
      try (JournalReader reader = JournalReader.open(dir.resolve("journal"))) {
        reader.forEachRemaining(entries::add);
      }
      for (int i = 0; i < entries.size(); i++) {
        assertThat(entries.get(i).sequence()).isEqualTo(i);
        assertThat(entries.get(i).frame().payload()).isEqualTo(DurabilityChild.payload(i));
      }
      long lastAcked = acks.journal().get(acks.journal().size() - 1);
      assertThat((long) entries.size()).isGreaterThan(lastAcked);
      expectedFirst = entries.size();

      try (IncidentStore store = IncidentStore.openSqlite(dir.resolve("db"))) {
        var violations =
            store.violations(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 1_000_000);
        Set<String> ids = new HashSet<>();
        for (var v : violations) {
          assertThat(ids.add(v.violation().violationId())).as("duplicate").isTrue();
          assertThat(v.eventCount()).isEqualTo(1);
        }
        for (long i : allStore) {
          assertThat(ids).contains(DurabilityChild.event(i).violation().violationId());
        }
      }

      try (EvidenceLog log =
          EvidenceLog.open(dir.resolve("evidence"), new MutableClock(Instant.EPOCH))) {
        for (Map.Entry<Long, Long> e : allEvidence.entrySet()) {
          assertThat(log.entry(e.getValue()))
              .isEqualTo(EvidenceEntries.violation(DurabilityChild.event(e.getKey())).json());
        }
        // Each step's evidence is in the log once.
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < log.size(); i++) {
          assertThat(seen.add(new String(log.entry(i), StandardCharsets.UTF_8))).isTrue();
        }
      }
    }
  }
}
