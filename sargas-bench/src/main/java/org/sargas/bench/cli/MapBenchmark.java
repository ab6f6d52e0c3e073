package org.sargas.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.bench.serve.ServeLoad;

/**
 * {@code ./sargas bench map}: the live picture to many WebSocket subscribers ({@link ServeLoad}
 * with {@code --subscribers} 500 clients on {@code --tracks} 10,000 targets, each reported about
 * every 4 s ({@code --rate}, default tracks / 4 reports/s, radars of period ≈ 4 s), {@code
 * --duration-s} 30): the delay of each {@code tracks} message from the server's send stamp ({@code
 * sentAtMs}) to its receipt by each client, and the server's CPU (process CPU time minus the load
 * generator's and clients' threads, per wall second). The web map's frame time is measured in a
 * browser (docs/benchmarks.md, "Web map").
 */
final class MapBenchmark implements NamedBenchmark {
  @Override
  public String name() {
    return "map";
  }

  @Override
  public String description() {
    return "--subscribers (500) WebSocket clients on --tracks (10000) live tracks (--rate, default tracks/4 reports/s: each updated every ~4 s) for --duration-s (30): tracks-message delay p50/p99 (server stamp to receipt), server CPU";
  }

  @Override
  public Map<String, Object> run(BenchOptions o) throws Exception {
    int tracks = BenchOptions.or(o.targets(), 10_000);
    int subscribers = BenchOptions.or(o.subscribers(), 500);
    double seconds = BenchOptions.or(o.durationS(), 30);
    double rate = BenchOptions.or(o.rate(), tracks / 4.0);
    ServeLoad.Result r =
        ServeLoad.run(
            ServeLoad.Settings.of(tracks, rate, seconds)
                .withSubscribers(subscribers)
                .withIntruderSpacingS(0),
            o.text());
    return figures(r, subscribers);
  }

  static Map<String, Object> figures(ServeLoad.Result r, int subscribers) {
    double[] d = r.messageDelaysMs();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subscribers", subscribers);
    m.put("tracks", r.tracks());
    m.put("offeredReportsPerSecond", Math.round(r.offeredReportsPerSecond()));
    m.put("reportsPerSecond", Math.round(r.reportsPerSecond()));
    m.put("messageDelayP50Ms", Benchmarks.round(ServeLoad.quantile(d, 0.5), 1));
    m.put("messageDelayP99Ms", Benchmarks.round(ServeLoad.quantile(d, 0.99), 1));
    m.put("messageDelayMaxMs", Benchmarks.round(ServeLoad.quantile(d, 1), 1));
    m.put("tracksMessagesTimed", d.length);
    m.put("wsMessagesReceived", r.messagesReceived());
    m.put(
        "meanMessageKiB",
        r.messagesReceived() == 0 ? 0 : r.charsReceived() / r.messagesReceived() / 1024);
    m.put("wsDropped", r.wsDropped());
    m.put("serverCpuCores", Benchmarks.round(r.serverCpuFraction(), 2));
    m.put("processCpuCores", Benchmarks.round(r.cpuFraction(), 2));
    m.put("rssMiB", r.rssMiB());
    m.put("dropped", r.dropped());
    return m;
  }
}
