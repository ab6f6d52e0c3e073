package org.sargas.bench.track;

import java.util.Arrays;
import java.util.Locale;
import org.sargas.track.MotionModelKind;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * End-to-end load run: plots/s on one thread and per-scan latency percentiles at a given number of
 * targets, after warm-up runs; also heap per live track (retained heap difference with and without
 * the tracker's tracks, after GC).
 *
 * <p>Run: {@code java -Xmx2g -cp ... org.sargas.bench.track.LoadRun 1000 [cv|imm] [rounds]}.
 */
public final class LoadRun {
  private LoadRun() {}

  public static void main(String[] args) {
    int targets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    MotionModelKind model =
        args.length > 1
            ? MotionModelKind.valueOf(args[1].toUpperCase(Locale.ROOT))
            : MotionModelKind.IMM;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    TrackerLoad load = new TrackerLoad(targets, 42);
    TrackerConfig config = TrackerConfig.defaults().withMotionModel(model);
    long[] all = new long[0];
    double bestRate = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double bestCpuRate = 0;
    for (int r = 0; r < rounds; r++) {
      MultiTargetTracker t = TrackerLoad.tracker(config);
      long cpu0 = mx.getCurrentThreadCpuTime();
      long[] nanos = load.run(t);
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      long sum = Arrays.stream(nanos).sum();
      double rate = load.plots / (sum * 1e-9);
      double cpuRate = load.plots / (cpu * 1e-9);
      bestCpuRate = Math.max(bestCpuRate, cpuRate);
      if (r >= rounds / 2) {
        all = concat(all, nanos);
        bestRate = Math.max(bestRate, rate);
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: %.0f plots/s wall, %.0f plots/s per CPU-second, %d live tracks%n",
          r,
          rate,
          cpuRate,
          t.liveTrackCount());
    }
    Arrays.sort(all);
    long total = Arrays.stream(all).sum();
    System.out.printf(
        Locale.ROOT,
        "targets %d model %s: plots %d/run, mean %.0f plots/s (best run %.0f), scan latency p50 %.3f ms p99 %.3f ms max %.3f ms%n",
        targets,
        model,
        load.plots,
        load.plots * (all.length / (double) load.times.length) / (total * 1e-9),
        bestRate,
        all[all.length / 2] * 1e-6,
        all[(int) Math.ceil(all.length * 0.99) - 1] * 1e-6,
        all[all.length - 1] * 1e-6);
    System.out.printf(Locale.ROOT, "best run by thread CPU time: %.0f plots/s%n", bestCpuRate);
    // Per-scan CPU time (the thread's own CPU, not wall clock), after the warm-up rounds.
    long[] cpuScans = new long[0];
    for (int r = 0; r < Math.max(2, rounds / 2); r++) {
      cpuScans = concat(cpuScans, load.runCpu(TrackerLoad.tracker(config)));
    }
    Arrays.sort(cpuScans);
    long cpuTotal = Arrays.stream(cpuScans).sum();
    System.out.printf(
        Locale.ROOT,
        "by thread CPU time: %.0f plots/s, scan p50 %.3f ms p99 %.3f ms max %.3f ms%n",
        load.plots * (cpuScans.length / (double) load.times.length) / (cpuTotal * 1e-9),
        cpuScans[cpuScans.length / 2] * 1e-6,
        cpuScans[(int) Math.ceil(cpuScans.length * 0.99) - 1] * 1e-6,
        cpuScans[cpuScans.length - 1] * 1e-6);
    // Heap per live track.
    MultiTargetTracker t = TrackerLoad.tracker(config);
    load.run(t);
    long with = usedAfterGc();
    int live = t.liveTrackCount();
    t = null;
    long without = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "heap: %d live tracks retain %.0f bytes each (incl. tracker scratch)%n",
        live,
        (with - without) / (double) live);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long[] concat(long[] a, long[] b) {
    long[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
