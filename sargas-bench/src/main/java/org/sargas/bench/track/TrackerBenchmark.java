package org.sargas.bench.track;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sargas.track.MotionModelKind;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * Tracker throughput and per-scan latency at 10 / 100 / 1,000 / 10,000 targets on one thread (the
 * issue's load: clutter ≈ targets per scan, 1 s scans, σ 50 m, Pd 0.9, 30 % fighters, 10 % turning;
 * see {@link TrackerLoad}).
 *
 * <ul>
 *   <li>{@code run}: a fresh tracker through the whole 61-scan load; the {@code plots} counter is
 *       plots per second.
 *   <li>{@code scan}: one scan at a time, cycling through the load (a fresh tracker at each wrap),
 *       sampled: per-scan latency percentiles.
 * </ul>
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class TrackerBenchmark {

  /** The load and configuration. */
  @State(Scope.Benchmark)
  public static class Load {
    @Param({"10", "100", "1000", "10000"})
    public int targets;

    @Param({"IMM", "CV"})
    public MotionModelKind model;

    TrackerLoad load;
    TrackerConfig config;

    @Setup(Level.Trial)
    public void setUp() {
      load = new TrackerLoad(targets, 42);
      config = TrackerConfig.defaults().withMotionModel(model);
    }
  }

  /** Counts plots: JMH reports it as a rate (plots/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Plots {
    public long plots;
  }

  /** A tracker stepping through the load one scan per invocation. */
  @State(Scope.Thread)
  public static class Stepper {
    MultiTargetTracker tracker;
    int next;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void run(Load l, Plots counter, Blackhole bh) {
    MultiTargetTracker t = TrackerLoad.tracker(l.config);
    for (int k = 0; k < l.load.times.length; k++) {
      bh.consume(t.process(l.load.times[k], l.load.scans.get(k)));
    }
    counter.plots += l.load.plots;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object scan(Load l, Stepper s) {
    if (s.tracker == null || s.next == l.load.times.length) {
      s.tracker = TrackerLoad.tracker(l.config);
      s.next = 0;
    }
    int k = s.next++;
    return s.tracker.process(l.load.times[k], l.load.scans.get(k));
  }
}
