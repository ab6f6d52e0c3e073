package org.sargas.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.store.incident.IncidentStore;

/**
 * Incident-store upsert rate on the default SQLite store (WAL, synchronous=FULL: every call is one
 * committed, fsynced transaction): a new violation (insert), an UPDATED of an existing one (update
 * in place), and 100 events in one transaction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IncidentStoreBenchmark {
  private Path dir;
  private IncidentStore store;
  private long next;
  private ViolationEvent open;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("sargas-store-bench");
    store = IncidentStore.openSqlite(dir);
    open = EvidenceLogBenchmark.event(0);
    store.recordViolationEvent(open);
    next = 1;
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    store.close();
    TempDirs.delete(dir);
  }

  /** A new violation: insert of the event row and the violation row, one commit. */
  @Benchmark
  public boolean insertNewViolation() {
    return store.recordViolationEvent(EvidenceLogBenchmark.event(next++));
  }

  /** An UPDATED event of one open violation: event row plus in-place update, one commit. */
  @Benchmark
  public boolean updateExistingViolation() {
    Violation v = open.violation();
    Instant t = open.time().plusNanos(next++);
    return store.recordViolationEvent(new ViolationEvent(ViolationEventKind.UPDATED, t, v));
  }

  /** 100 new violations in one transaction. */
  @Benchmark
  @OperationsPerInvocation(100)
  public int insertBatchOf100() {
    List<ViolationEvent> batch = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      batch.add(EvidenceLogBenchmark.event(next++));
    }
    return store.recordViolationEvents(batch);
  }
}
