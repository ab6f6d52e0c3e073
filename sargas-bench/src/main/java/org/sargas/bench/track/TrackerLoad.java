package org.sargas.bench.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.sim.generator.GeneratedPlot;
import org.sargas.sim.generator.GeneratedScenario;
import org.sargas.sim.generator.ScenarioGenerator;
import org.sargas.sim.generator.ScenarioSpec;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * A benchmark load: the scenario shape at {@code targets} targets (clutter ≈ targets per
 * scan, 1 s scans, σ 50 m, Pd 0.9, 60 s), pre-built as observation lists per scan so that only the
 * tracker is measured.
 */
public final class TrackerLoad {
  /** Scan times. */
  public final Instant[] times;

  /** Observations per scan. */
  public final List<List<Observation>> scans;

  /** Total plots. */
  public final long plots;

  public TrackerLoad(int targets, long seed) {
    GeneratedScenario g =
        ScenarioGenerator.generate(ScenarioSpec.accuracy("load-" + targets, seed, targets));
    TreeMap<Double, List<Observation>> byTime = new TreeMap<>();
    for (GeneratedPlot p : g.plots()) {
      Instant t = Instant.EPOCH.plusMillis(Math.round(p.timeS() * 1000));
      byTime
          .computeIfAbsent(p.timeS(), k -> new ArrayList<>())
          .add(
              new Observation(
                  p.sensorId(),
                  t,
                  new PlanarMeasurement(p.xM(), p.yM(), 50, 50),
                  Double.NaN,
                  Identity.NONE));
    }
    times = new Instant[byTime.size()];
    scans = new ArrayList<>();
    int i = 0;
    long n = 0;
    for (Map.Entry<Double, List<Observation>> e : byTime.entrySet()) {
      times[i++] = Instant.EPOCH.plusMillis(Math.round(e.getKey() * 1000));
      scans.add(List.copyOf(e.getValue()));
      n += e.getValue().size();
    }
    plots = n;
  }

  /** A fresh tracker for this load. */
  public static MultiTargetTracker tracker(TrackerConfig config) {
    return new MultiTargetTracker(new LocalTangentPlane(new GeoPoint(0, 0, 0)), Map.of(), config);
  }

  /**
   * Runs the whole load through {@code tracker}, measuring each scan by the thread's CPU time
   * (robust against other processes on a shared machine); returns per-scan CPU nanoseconds.
   */
  public long[] runCpu(MultiTargetTracker tracker) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[times.length];
    for (int k = 0; k < times.length; k++) {
      long s = mx.getCurrentThreadCpuTime();
      tracker.process(times[k], scans.get(k));
      nanos[k] = mx.getCurrentThreadCpuTime() - s;
    }
    return nanos;
  }

  /** Runs the whole load through {@code tracker}; returns per-scan nanoseconds. */
  public long[] run(MultiTargetTracker tracker) {
    long[] nanos = new long[times.length];
    for (int k = 0; k < times.length; k++) {
      long s = System.nanoTime();
      tracker.process(times[k], scans.get(k));
      nanos[k] = System.nanoTime() - s;
    }
    return nanos;
  }
}
