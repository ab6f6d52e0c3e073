package org.sargas.bench.track;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.track.Track;
import org.sargas.server.cli.TrackCommand;
import org.sargas.sim.eval.GospaAverage;
import org.sargas.sim.eval.GospaMetric;
import org.sargas.sim.eval.GospaSummary;
import org.sargas.sim.eval.PlotRow;
import org.sargas.sim.eval.ThroughputSummary;
import org.sargas.sim.eval.TruthPoint;
import org.sargas.sim.generator.ScenarioSpec;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * The tracker end to end at N targets with clutter ({@link ScenarioSpec#accuracy}: ≈ N clutter
 * plots per 1 s scan, 30 % fighters, 70 % drones, 10 % turning), as the pipeline drives it: per
 * scan {@code process} and {@code takeSmoothed}, timed by the thread's CPU time (robust on a shared
 * machine), and GOSPA (c = {@value TrackCommand#GOSPA_C_M} m, p = 1, α = 2) of the confirmed tracks
 * against the truth at every scan, from the same run (the last of {@code rounds}; the earlier ones
 * warm the JIT up). Scoring is outside the timed part. Run through {@code ./sargas bench tracker}.
 */
public final class TrackerRun {
  private TrackerRun() {}

  /**
   * What the measured run gave.
   *
   * @param targets simulated targets
   * @param plots plots in the run (targets' and clutter)
   * @param scans scans in the run
   * @param cpu throughput and per-scan latency by thread CPU time
   * @param wall the same by wall clock
   * @param gospa GOSPA of the confirmed tracks, averaged over the scans
   */
  public record Result(
      int targets,
      long plots,
      int scans,
      ThroughputSummary cpu,
      ThroughputSummary wall,
      GospaSummary gospa) {}

  /**
   * Generates the load for {@code targets} targets from {@code seed} and runs {@code config} {@code
   * rounds} times over it (at least 2), printing one line per round to {@code out}.
   */
  public static Result run(
      int targets, long seed, int rounds, TrackerConfig config, PrintStream out) {
    ScenarioSpec spec = ScenarioSpec.accuracy("load-" + targets, seed, targets);
    SuiteComparison.Scenario sc;
    try {
      sc = SuiteComparison.load(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<Double, List<Observation>> scans = new TreeMap<>();
    long plots = 0;
    for (PlotRow p : sc.plots()) {
      scans
          .computeIfAbsent(p.timeS(), k -> new ArrayList<>())
          .add(
              new Observation(
                  p.sensorId(),
                  instant(p.timeS()),
                  new PlanarMeasurement(p.xM(), p.yM(), spec.sigmaM(), spec.sigmaM()),
                  Double.NaN,
                  Identity.NONE));
      plots++;
    }
    TreeMap<Double, List<TruthPoint>> truth = new TreeMap<>();
    for (TruthPoint t : sc.truth()) {
      truth.computeIfAbsent(t.timeS(), k -> new ArrayList<>()).add(t);
    }
    Result last = null;
    for (int r = 0; r < Math.max(2, rounds); r++) {
      last = once(targets, plots, scans, truth, config);
      if (out != null) {
        out.printf(
            Locale.ROOT,
            "round %d: %.0f plots/s (thread CPU), scan p99 %.2f ms, GOSPA %.1f%n",
            r,
            last.cpu().plotsPerSecond(),
            last.cpu().scanLatencyP99Ms(),
            last.gospa().mean());
      }
    }
    return last;
  }

  private static Result once(
      int targets,
      long plots,
      TreeMap<Double, List<Observation>> scans,
      TreeMap<Double, List<TruthPoint>> truth,
      TrackerConfig config) {
    LocalTangentPlane plane = new LocalTangentPlane(new GeoPoint(0, 0, 0));
    MultiTargetTracker tracker = new MultiTargetTracker(plane, Map.of(), config);
    tracker.smoothOnly(t -> true); // the worst case: every confirmed track (off when lag is 0)
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[scans.size()];
    long[] wall = new long[scans.size()];
    GospaMetric metric = new GospaMetric(TrackCommand.GOSPA_C_M, 1, 2);
    GospaAverage gospa = new GospaAverage();
    double[] enu = new double[3];
    int k = 0;
    for (Map.Entry<Double, List<Observation>> scan : scans.entrySet()) {
      Instant time = instant(scan.getKey());
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      tracker.process(time, scan.getValue());
      tracker.takeSmoothed();
      wall[k] = System.nanoTime() - w0;
      cpu[k++] = threads.getCurrentThreadCpuTime() - c0;
      List<TruthPoint> truths = truth.get(scan.getKey());
      if (truths != null) {
        List<Track> tracks = tracker.confirmedTracksAt(time);
        double[] tx = new double[truths.size()];
        double[] ty = new double[truths.size()];
        for (int i = 0; i < truths.size(); i++) {
          tx[i] = truths.get(i).xM();
          ty[i] = truths.get(i).yM();
        }
        double[] kx = new double[tracks.size()];
        double[] ky = new double[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) {
          Track t = tracks.get(i);
          plane.toEnu(t.position().latDeg(), t.position().lonDeg(), 0.0, enu);
          kx[i] = enu[0];
          ky[i] = enu[1];
        }
        gospa.add(metric.score(tx, ty, tx.length, kx, ky, kx.length));
      }
    }
    return new Result(
        targets,
        plots,
        k,
        ThroughputSummary.of(cpu, k, plots),
        ThroughputSummary.of(wall, k, plots),
        gospa.summary());
  }

  private static Instant instant(double timeS) {
    return Instant.EPOCH.plusNanos(Math.round(timeS * 1e9));
  }
}
