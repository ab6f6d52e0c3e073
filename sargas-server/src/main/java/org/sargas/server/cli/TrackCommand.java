package org.sargas.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.sim.eval.CsvFailure;
import org.sargas.sim.eval.CsvRead;
import org.sargas.sim.eval.EvaluationReport;
import org.sargas.sim.eval.GospaAverage;
import org.sargas.sim.eval.GospaMetric;
import org.sargas.sim.eval.InterchangeCsv;
import org.sargas.sim.eval.PlotRow;
import org.sargas.sim.eval.SiapMetrics;
import org.sargas.sim.eval.ThroughputSummary;
import org.sargas.sim.eval.TrackPoint;
import org.sargas.sim.eval.TruthPoint;
import org.sargas.track.AssociatorKind;
import org.sargas.track.MotionModelKind;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas track}: runs the tracker on the interchange CSV (plots in a local plane) so Sargas
 * can be compared with other trackers on identical data; with truth it prints GOSPA (c = 500 m, p =
 * 1, α = 2, mean over scans), the SIAP measures and throughput.
 *
 * <p>Each distinct {@code time_s} of the plots file is one scan. Throughput counts only the time
 * spent in {@code Tracker.process}, measured with {@link System#nanoTime()} on the pass after
 * {@code --warmup-runs} untimed passes (a fresh tracker each), so the JIT has compiled the hot path
 * as it has in a running server. The JSON's {@code throughput.threadCpu} gives the same measured by
 * the thread's CPU time (what one core does while other processes share the machine).
 */
@Command(
    name = "track",
    mixinStandardHelpOptions = true,
    description = {
      "Track plots from the interchange CSV (time_s,sensor_id,x_m,y_m) and, with truth",
      "(time_s,truth_id,x_m,y_m), print GOSPA (c=500 m, p=1, alpha=2), SIAP and throughput."
    })
public final class TrackCommand implements Callable<Integer> {
  /** GOSPA cut-off, m. */
  public static final double GOSPA_C_M = 500;

  /** SIAP association threshold, m (a track farther than this from every truth is spurious). */
  public static final double SIAP_THRESHOLD_M = 500;

  @Option(names = "--plots", required = true, paramLabel = "PLOTS.csv", description = "Plots CSV.")
  Path plots;

  @Option(names = "--truth", paramLabel = "TRUTH.csv", description = "Truth CSV (enables metrics).")
  Path truth;

  @Option(
      names = "--sigma-m",
      defaultValue = "50",
      description = "Plot noise 1-sigma per axis, m (default ${DEFAULT-VALUE}).")
  double sigmaM;

  @Option(
      names = "--associator",
      defaultValue = "gnn",
      description = "gnn or jpda (default ${DEFAULT-VALUE}).")
  AssociatorKind associator;

  @Option(
      names = "--model",
      defaultValue = "imm",
      description = "cv or imm (default ${DEFAULT-VALUE}).")
  MotionModelKind model;

  @Option(
      names = "--out",
      paramLabel = "TRACKS.csv",
      description = "Write tracks (time_s,track_id,x_m,y_m,vx_m_s,vy_m_s).")
  Path out;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--warmup-runs",
      defaultValue = "1",
      description =
          "Untimed passes over the plots before the measured one, to warm up the JIT (default ${DEFAULT-VALUE}).")
  int warmupRuns;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  public enum Format {
    TEXT,
    JSON
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    CsvRead<PlotRow> plotRead;
    CsvRead<TruthPoint> truthRead = null;
    try {
      plotRead = readPlots(plots);
      if (truth != null) {
        try (Reader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
          truthRead = InterchangeCsv.readTruth(r, truth.toString());
        }
      }
    } catch (NoSuchFileException e) {
      stderr.println("sargas track: no such file: " + e.getFile());
      return SargasCli.EXIT_ENVIRONMENT;
    }
    List<CsvFailure> failures = new ArrayList<>(plotRead.failures());
    if (truthRead != null) {
      failures.addAll(truthRead.failures());
    }
    for (CsvFailure f : failures) {
      stderr.println("sargas track: skipped " + f);
    }
    TrackerConfig config =
        TrackerConfig.defaults().withAssociator(associator).withMotionModel(model);
    for (int i = 0; i < warmupRuns; i++) {
      evaluate(plotRead.rows(), null, config, sigmaM, tp -> {});
    }
    EvaluationReport report;
    if (out != null) {
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        InterchangeCsv.writeTrackHeader(w);
        report =
            evaluate(
                plotRead.rows(),
                truthRead == null ? null : truthRead.rows(),
                config,
                sigmaM,
                tp -> write(w, tp));
      }
    } else {
      report =
          evaluate(
              plotRead.rows(),
              truthRead == null ? null : truthRead.rows(),
              config,
              sigmaM,
              tp -> {});
    }
    if (format == Format.JSON) {
      stdout.println(toJson(report));
    } else {
      printText(stdout, report);
    }
    stdout.flush();
    return failures.isEmpty() ? 0 : SargasCli.EXIT_FAILURES;
  }

  private static CsvRead<PlotRow> readPlots(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return InterchangeCsv.readPlots(r, p.toString());
    }
  }

  private static void write(Writer w, TrackPoint tp) {
    try {
      InterchangeCsv.writeTrack(w, tp);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Runs the tracker over {@code plots} (one scan per distinct time) and, when {@code truth} is not
   * null, scores the tracks at every truth time.
   *
   * <p>As with Stone Soup's initiators, a track's history includes its estimates from before its
   * confirmation: the tracker reports tentative tracks with stable ids, and after the run the
   * estimates of every track that was ever confirmed are kept and those of tracks that never were
   * are discarded. Throughput counts only {@code Tracker.process}.
   *
   * @param trackSink receives, in time order, every kept track estimate at every scan and truth
   *     time
   */
  public static EvaluationReport evaluate(
      List<PlotRow> plots,
      List<TruthPoint> truth,
      TrackerConfig config,
      double sigmaM,
      Consumer<TrackPoint> trackSink) {
    TreeMap<Double, List<PlotRow>> scans = new TreeMap<>();
    for (PlotRow p : plots) {
      scans.computeIfAbsent(p.timeS(), k -> new ArrayList<>()).add(p);
    }
    TreeMap<Double, List<TruthPoint>> truthScans = new TreeMap<>();
    if (truth != null) {
      for (TruthPoint t : InterchangeCsv.withVelocities(truth)) {
        truthScans.computeIfAbsent(t.timeS(), k -> new ArrayList<>()).add(t);
      }
    }
    LocalTangentPlane plane = new LocalTangentPlane(new GeoPoint(0, 0, 0));
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            plane, sensorsOf(plots), config.toBuilder().reportTentative(true).build());
    long[] nanos = new long[scans.size()];
    long[] cpuNanos = new long[scans.size()];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    int scanIndex = 0;
    List<Snapshot> snapshots = new ArrayList<>();
    Set<String> confirmed = new HashSet<>();
    List<Observation> obs = new ArrayList<>();
    for (Map.Entry<Double, List<PlotRow>> scan : scans.entrySet()) {
      double t = scan.getKey();
      while (!truthScans.isEmpty() && truthScans.firstKey() < t) {
        Map.Entry<Double, List<TruthPoint>> e = truthScans.pollFirstEntry();
        snapshots.add(snapshot(tracker, plane, e.getKey(), e.getValue(), confirmed));
      }
      Instant time = instant(t);
      obs.clear();
      for (PlotRow p : scan.getValue()) {
        obs.add(
            new Observation(
                p.sensorId(),
                time,
                new PlanarMeasurement(p.xM(), p.yM(), sigmaM, sigmaM),
                Double.NaN,
                Identity.NONE));
      }
      long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      tracker.process(time, obs);
      tracker
          .takeSmoothed(); // as the pipeline does each scan (measured: part of the tracker's work)
      nanos[scanIndex] = System.nanoTime() - start;
      cpuNanos[scanIndex++] = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
      snapshots.add(snapshot(tracker, plane, t, truthScans.remove(t), confirmed));
    }
    for (Map.Entry<Double, List<TruthPoint>> e : truthScans.entrySet()) {
      snapshots.add(snapshot(tracker, plane, e.getKey(), e.getValue(), confirmed));
    }
    GospaMetric gospa = new GospaMetric(GOSPA_C_M, 1, 2);
    GospaAverage gospaAverage = new GospaAverage();
    SiapMetrics siap = new SiapMetrics(SIAP_THRESHOLD_M);
    for (Snapshot snap : snapshots) {
      List<TrackPoint> kept = new ArrayList<>();
      for (TrackPoint tp : snap.tracks()) {
        if (confirmed.contains(tp.trackId())) {
          kept.add(tp);
          trackSink.accept(tp);
        }
      }
      if (snap.truths() != null) {
        score(snap.timeS(), snap.truths(), kept, gospa, gospaAverage, siap);
      }
    }
    boolean scored = truth != null;
    return new EvaluationReport(
        plots.size(),
        scans.size(),
        scored ? gospaAverage.summary() : null,
        scored ? siap.result() : null,
        ThroughputSummary.of(nanos, scanIndex, plots.size()),
        cpu ? ThroughputSummary.of(cpuNanos, scanIndex, plots.size()) : null);
  }

  private record Snapshot(double timeS, List<TrackPoint> tracks, List<TruthPoint> truths) {}

  private static Snapshot snapshot(
      MultiTargetTracker tracker,
      LocalTangentPlane plane,
      double t,
      List<TruthPoint> truths,
      Set<String> confirmed) {
    double[] enu = new double[3];
    List<Track> tracks = tracker.tracksAt(instant(t), true);
    List<TrackPoint> points = new ArrayList<>(tracks.size());
    for (Track tr : tracks) {
      plane.toEnu(tr.position().latDeg(), tr.position().lonDeg(), 0.0, enu);
      points.add(
          new TrackPoint(
              t, tr.trackId(), enu[0], enu[1], tr.velocityEastMps(), tr.velocityNorthMps()));
      if (tr.state() != TrackState.TENTATIVE) {
        confirmed.add(tr.trackId());
      }
    }
    return new Snapshot(t, points, truths);
  }

  private static void score(
      double t,
      List<TruthPoint> truths,
      List<TrackPoint> points,
      GospaMetric gospa,
      GospaAverage average,
      SiapMetrics siap) {
    int n = truths.size();
    double[] tx = new double[n];
    double[] ty = new double[n];
    for (int i = 0; i < n; i++) {
      tx[i] = truths.get(i).xM();
      ty[i] = truths.get(i).yM();
    }
    int m = points.size();
    double[] kx = new double[m];
    double[] ky = new double[m];
    for (int j = 0; j < m; j++) {
      kx[j] = points.get(j).xM();
      ky[j] = points.get(j).yM();
    }
    average.add(gospa.score(tx, ty, n, kx, ky, m));
    siap.addScan(t, truths, points);
  }

  /** One registered planar sensor per sensor id, with its update period estimated from the data. */
  static Map<String, Sensor> sensorsOf(List<PlotRow> plots) {
    Map<String, List<Double>> times = new HashMap<>();
    for (PlotRow p : plots) {
      times.computeIfAbsent(p.sensorId(), k -> new ArrayList<>()).add(p.timeS());
    }
    Map<String, Sensor> sensors = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> e : times.entrySet()) {
      double[] ts =
          e.getValue().stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
      double period = 1.0;
      if (ts.length > 1) {
        double[] d = new double[ts.length - 1];
        for (int i = 1; i < ts.length; i++) {
          d[i - 1] = ts[i] - ts[i - 1];
        }
        Arrays.sort(d);
        period = Math.max(1e-3, d[d.length / 2]);
      }
      sensors.put(
          e.getKey(),
          new Sensor(
              e.getKey(),
              e.getKey(),
              SensorKind.PRIMARY_RADAR,
              new GeoPoint(0, 0, 0),
              1e7,
              period));
    }
    return sensors;
  }

  private static Instant instant(double timeS) {
    return Instant.EPOCH.plusNanos(Math.round(timeS * 1e9));
  }

  static String toJson(EvaluationReport r) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("plots", r.plots());
    root.put("scans", r.scans());
    if (r.gospa() != null) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("mean", r.gospa().mean());
      g.put("localisation", r.gospa().localisation());
      g.put("missed", r.gospa().missed());
      g.put("false", r.gospa().falseTracks());
      root.put("gospa", g);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("completeness", r.siap().completeness());
      s.put("ambiguity", r.siap().ambiguity());
      s.put("spuriousness", r.siap().spuriousness());
      s.put("positionAccuracyM", r.siap().positionAccuracyM());
      s.put("velocityAccuracyMps", r.siap().velocityAccuracyMps());
      s.put("longestTrackSegment", r.siap().longestTrackSegment());
      root.put("siap", s);
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("plotsPerSecond", r.throughput().plotsPerSecond());
    t.put("scanLatencyP50Ms", r.throughput().scanLatencyP50Ms());
    t.put("scanLatencyP99Ms", r.throughput().scanLatencyP99Ms());
    if (r.cpuThroughput() != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("plotsPerSecond", r.cpuThroughput().plotsPerSecond());
      c.put("scanLatencyP50Ms", r.cpuThroughput().scanLatencyP50Ms());
      c.put("scanLatencyP99Ms", r.cpuThroughput().scanLatencyP99Ms());
      t.put("threadCpu", c);
    }
    root.put("throughput", t);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  private static void printText(PrintWriter o, EvaluationReport r) {
    o.printf(Locale.ROOT, "plots %d, scans %d%n", r.plots(), r.scans());
    if (r.gospa() != null) {
      o.printf(
          Locale.ROOT,
          "GOSPA (c=500 m, p=1, alpha=2), mean over scans: %.2f m%n",
          r.gospa().mean());
      o.printf(
          Locale.ROOT,
          "  localisation %.2f  missed %.2f  false %.2f%n",
          r.gospa().localisation(),
          r.gospa().missed(),
          r.gospa().falseTracks());
      o.printf(
          Locale.ROOT,
          "SIAP completeness %.4f  ambiguity %.4f  spuriousness %.4f%n",
          r.siap().completeness(),
          r.siap().ambiguity(),
          r.siap().spuriousness());
      o.printf(
          Locale.ROOT,
          "     position accuracy %.2f m  velocity accuracy %.2f m/s  longest track segment %.4f%n",
          r.siap().positionAccuracyM(),
          r.siap().velocityAccuracyMps(),
          r.siap().longestTrackSegment());
    }
    o.printf(
        Locale.ROOT,
        "throughput %.0f plots/s, scan latency p50 %.3f ms, p99 %.3f ms%n",
        r.throughput().plotsPerSecond(),
        r.throughput().scanLatencyP50Ms(),
        r.throughput().scanLatencyP99Ms());
    if (r.cpuThroughput() != null) {
      o.printf(
          Locale.ROOT,
          "  by thread CPU time: %.0f plots/s, scan p50 %.3f ms, p99 %.3f ms%n",
          r.cpuThroughput().plotsPerSecond(),
          r.cpuThroughput().scanLatencyP50Ms(),
          r.cpuThroughput().scanLatencyP99Ms());
    }
  }
}
