package org.sargas.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.store.journal.FrameJournal;
import org.sargas.store.journal.FsyncPolicy;
import org.sargas.store.journal.JournalConfig;

/**
 * Frame-journal append throughput, records/s, for each fsync policy and payload size (a CAT048
 * datagram with a few target reports is 50–200 bytes; Beast messages 20–30). MB/s = records/s ×
 * (payload + 31 + source-id bytes) / 10^6; the source id here is 10 bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JournalAppendBenchmark {
  private static final int BATCH = 100;

  /** INTERVAL = the documented default (force at most 100 ms apart). */
  @Param({"INTERVAL", "EVERY_APPEND", "ON_ROTATE"})
  public String fsync;

  @Param({"32", "200"})
  public int payloadBytes;

  private Path dir;
  private FrameJournal journal;
  private RawFrame[] frames;
  private List<RawFrame> batch;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("sargas-journal-bench");
    FsyncPolicy policy =
        switch (fsync) {
          case "EVERY_APPEND" -> FsyncPolicy.everyAppend();
          case "ON_ROTATE" -> FsyncPolicy.onRotate();
          default -> FsyncPolicy.interval(JournalConfig.DEFAULT_FSYNC_INTERVAL);
        };
    JournalConfig cfg =
        JournalConfig.defaults(dir).withFsync(policy).withRetention(Duration.ofDays(1), 512L << 20);
    journal = FrameJournal.open(cfg, InstantSource.system());
    Random rnd = new Random(1);
    frames = new RawFrame[1024];
    for (int i = 0; i < frames.length; i++) {
      byte[] p = new byte[payloadBytes];
      rnd.nextBytes(p);
      frames[i] =
          new RawFrame(
              "lt-radar-1", Instant.ofEpochSecond(1_800_000_000L, i), p, FrameFormat.ASTERIX);
    }
    batch = new ArrayList<>(List.of(frames).subList(0, BATCH));
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    journal.close();
    TempDirs.delete(dir);
  }

  /** One frame per call (one write syscall). */
  @Benchmark
  public long append() throws IOException {
    return journal.append(frames[next++ & 1023]);
  }

  /** 100 frames per call (one write syscall): what a batching ingest thread achieves. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long appendBatchOf100() throws IOException {
    return journal.appendAll(batch);
  }
}
