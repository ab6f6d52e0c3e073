package org.sargas.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.store.evidence.EvidenceEntries;
import org.sargas.store.evidence.EvidenceEntry;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.evidence.InclusionProof;
import org.sargas.store.evidence.NodeKey;
import org.sargas.store.evidence.SignedCheckpoint;

/**
 * Evidence log: append of a violation event (canonical JSON ~600 bytes) with and without a force
 * per append, Ed25519 checkpoint signing (including its fsync), and inclusion-proof generation on a
 * log of 100,000 entries.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvidenceLogBenchmark {
  @Param({"true", "false"})
  public boolean syncEachAppend;

  private Path dir;
  private EvidenceLog log;
  private EvidenceEntry entry;
  private long probe;

  static ViolationEvent event(long i) {
    Instant t = Instant.ofEpochSecond(1_800_000_000L + i);
    GeoPoint p = new GeoPoint(54.6, 25.9, 3000);
    Violation v =
        new Violation(
            "T" + i + "/LTU/" + t.toEpochMilli(),
            "T" + i,
            "LTU",
            ZoneKind.NATIONAL_AIRSPACE,
            t,
            p,
            null,
            null,
            1234.5,
            t,
            p,
            1100,
            1300,
            "BLR",
            null,
            0.97,
            ViolationStatus.CONFIRMED);
    return new ViolationEvent(ViolationEventKind.OPENED, t, v);
  }

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("sargas-evidence-bench");
    log = EvidenceLog.open(dir, NodeKey.loadOrCreate(dir), InstantSource.system(), syncEachAppend);
    entry = EvidenceEntries.violation(event(0));
    EvidenceEntry[] seed = new EvidenceEntry[1000];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = EvidenceEntries.violation(event(i));
    }
    for (int k = 0; k < 100; k++) {
      log.appendAll(List.of(seed));
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    log.close();
    TempDirs.delete(dir);
  }

  /** Append one entry (hash into the tree, write, force if syncEachAppend). */
  @Benchmark
  public long append() throws IOException {
    return log.append(entry);
  }

  /** Sign and persist a checkpoint of the current tree (Ed25519 + fsync). */
  @Benchmark
  public SignedCheckpoint checkpoint() throws IOException {
    return log.checkpoint();
  }

  /** Inclusion proof of a leaf in the 100,000-entry tree. */
  @Benchmark
  public InclusionProof inclusionProof() {
    probe = (probe + 7919) % 100_000;
    return log.inclusionProof(probe, 100_000);
  }
}
