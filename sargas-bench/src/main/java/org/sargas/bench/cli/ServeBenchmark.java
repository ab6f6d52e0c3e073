package org.sargas.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sargas.bench.serve.ServeLoad;

/**
 * {@code ./sargas bench serve}: node throughput and alert latency through the real serve path
 * ({@link ServeLoad}). One rate ({@code --rate}, default 2,000 reports/s, {@code --duration-s} 60
 * s, {@code --tracks} 5,000), or with {@code --ramp} the highest rate sustained without loss: from
 * 5,000 reports/s up by × 1.5 per step ({@code --duration-s} 20 s each, on a fresh node), stopping
 * at the first step that drops a frame, has late reports, or processes less than 95 % of what was
 * offered.
 */
final class ServeBenchmark implements NamedBenchmark {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String description() {
    return "serve on loopback (UDP CAT048 + TCP Beast, journal, store, WebSocket): --rate (2000) reports/s for --duration-s (60) with --tracks (5000): reportsPerSecond, dropped, alert latency p50/p99, rssMiB; --ramp finds the highest rate with 0 dropped";
  }

  @Override
  public Map<String, Object> run(BenchOptions o) throws Exception {
    int tracks = BenchOptions.or(o.targets(), 5000);
    int subscribers = BenchOptions.or(o.subscribers(), 1);
    if (!o.ramp()) {
      double rate = BenchOptions.or(o.rate(), 2000);
      double seconds = BenchOptions.or(o.durationS(), 60);
      ServeLoad.Result r = ServeLoad.run(settings(o, tracks, rate, seconds, subscribers), o.text());
      o.text().println("alert latencies, ms: " + java.util.Arrays.toString(r.alertLatenciesMs()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("mode", "rate");
      m.putAll(figures(r));
      return m;
    }
    double seconds = BenchOptions.or(o.durationS(), 20);
    double rate = BenchOptions.or(o.rate(), 5000);
    List<Map<String, Object>> steps = new ArrayList<>();
    ServeLoad.Result best = null;
    while (rate <= 400_000) {
      ServeLoad.Result r = ServeLoad.run(settings(o, tracks, rate, seconds, subscribers), o.text());
      boolean sustained =
          r.dropped() == 0
              && r.lateReports() == 0
              && r.reportsPerSecond() >= 0.95 * r.offeredReportsPerSecond();
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("offeredReportsPerSecond", Math.round(r.offeredReportsPerSecond()));
      step.put("reportsPerSecond", Math.round(r.reportsPerSecond()));
      step.put("dropped", r.dropped());
      step.put("lateReports", r.lateReports());
      step.put("tracks", r.tracks());
      step.put("sustained", sustained);
      steps.add(step);
      o.text().printf(Locale.ROOT, "ramp step: %s%n", step);
      if (!sustained) {
        break;
      }
      best = r;
      rate *= 1.5;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", "ramp");
    m.put("maxSustainedReportsPerSecond", best == null ? 0 : Math.round(best.reportsPerSecond()));
    if (best != null) {
      m.putAll(figures(best));
    }
    m.put("steps", steps);
    return m;
  }

  static Map<String, Object> figures(ServeLoad.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offeredReportsPerSecond", Math.round(r.offeredReportsPerSecond()));
    m.put("reportsPerSecond", Math.round(r.reportsPerSecond()));
    m.put("dropped", r.dropped());
    m.put("lateReports", r.lateReports());
    m.put("lateJoined", r.lateJoined());
    m.put("alertLatencyP50Ms", Benchmarks.round(ServeLoad.quantile(r.alertLatenciesMs(), 0.5), 1));
    m.put("alertLatencyP99Ms", Benchmarks.round(ServeLoad.quantile(r.alertLatenciesMs(), 0.99), 1));
    m.put("alertLatencyMaxMs", Benchmarks.round(ServeLoad.quantile(r.alertLatenciesMs(), 1), 1));
    m.put("alertSamples", r.alertLatenciesMs().length);
    m.put(
        "alertsBeforeFirstPlotInside",
        java.util.Arrays.stream(r.alertLatenciesMs()).filter(l -> l == 0).count());
    m.put("intrudersInside", r.intruders());
    m.put("rssMiB", r.rssMiB());
    m.put("tracks", r.tracks());
    m.put("radars", r.radars());
    m.put("radarPeriodS", Benchmarks.round(r.radarPeriodS(), 3));
    m.put("udpDatagrams", r.udpDatagrams());
    m.put("beastFrames", r.beastFrames());
    m.put("scanMeanMs", Benchmarks.round(r.scanMeanMs(), 1));
    m.put("trackStagesMeanMs", Benchmarks.round(r.trackStagesMeanMs(), 1));
    m.put("historyBatchesDropped", r.historyBatchesDropped());
    m.put("processCpuCores", Benchmarks.round(r.cpuFraction(), 2));
    m.put("serverCpuCores", Benchmarks.round(r.serverCpuFraction(), 2));
    m.put("wsMessagesReceived", r.messagesReceived());
    m.put("wsDropped", r.wsDropped());
    return m;
  }

  /** The load's settings with the node's pipeline options of the command line. */
  static ServeLoad.Settings settings(
      BenchOptions o, int tracks, double rate, double seconds, int subscribers) {
    return ServeLoad.Settings.of(tracks, rate, seconds)
        .withSubscribers(subscribers)
        .withPipeline(o.sliceS() > 0 ? o.sliceS() : null, o.latenessS() >= 0 ? o.latenessS() : null)
        .withSectorColumns(o.sectorColumns() > 0 ? o.sectorColumns() : null);
  }
}
