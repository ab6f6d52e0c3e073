package org.sargas.server.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Counters, gauges and latency histograms of a serve node, rendered in the Prometheus text
 * exposition format (version 0.0.4). Thread-safe; counters are lock-free.
 */
public final class ServeMetrics {
  /** Upper bounds of the latency histogram buckets, seconds. */
  static final double[] BUCKETS_S = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};

  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final Map<String, String> help = new ConcurrentHashMap<>();
  private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
  private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

  /** The counter {@code name} with optional label string (e.g. {@code source="radar"}). */
  public AtomicLong counter(String name, String labels, String description) {
    help.putIfAbsent(name, description);
    return counters.computeIfAbsent(key(name, labels), k -> new AtomicLong());
  }

  /** Current value of a counter, 0 if absent. */
  public long value(String name, String labels) {
    AtomicLong c = counters.get(key(name, labels));
    return c == null ? 0 : c.get();
  }

  /** The sum of a counter over all its label sets (e.g. decode errors of every input). */
  public long sum(String name) {
    long total = 0;
    for (var e : counters.entrySet()) {
      if (e.getKey().equals(name) || e.getKey().startsWith(name + "{")) {
        total += e.getValue().get();
      }
    }
    return total;
  }

  /** Registers a gauge read at scrape time. */
  public void gauge(String name, String labels, String description, LongSupplier value) {
    help.putIfAbsent(name, description);
    gauges.put(key(name, labels), value);
  }

  /** The histogram {@code name} (seconds). */
  public Histogram histogram(String name, String description) {
    help.putIfAbsent(name, description);
    return histograms.computeIfAbsent(name, k -> new Histogram());
  }

  /** Appends sorted samples, with a HELP and TYPE line before each metric family. */
  private void appendFamilies(
      StringBuilder sb, java.util.SortedMap<String, String> samples, String type) {
    String last = null;
    for (var e : samples.entrySet()) {
      String base = baseName(e.getKey());
      if (!base.equals(last)) {
        sb.append("# HELP ")
            .append(base)
            .append(' ')
            .append(help.getOrDefault(base, base))
            .append('\n');
        sb.append("# TYPE ").append(base).append(' ').append(type).append('\n');
        last = base;
      }
      sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
  }

  private static String key(String name, String labels) {
    return labels == null || labels.isEmpty() ? name : name + "{" + labels + "}";
  }

  private static String baseName(String key) {
    int i = key.indexOf('{');
    return i < 0 ? key : key.substring(0, i);
  }

  /** Prometheus text format. */
  public String render() {
    StringBuilder sb = new StringBuilder(4096);
    java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
    counters.forEach((k, v) -> lines.put(k, Long.toString(v.get())));
    java.util.TreeMap<String, String> gaugeLines = new java.util.TreeMap<>();
    gauges.forEach((k, v) -> gaugeLines.put(k, Long.toString(v.getAsLong())));
    appendFamilies(sb, lines, "counter");
    appendFamilies(sb, gaugeLines, "gauge");
    for (var e : new java.util.TreeMap<>(histograms).entrySet()) {
      String n = e.getKey();
      Histogram h = e.getValue();
      sb.append("# HELP ").append(n).append(' ').append(help.getOrDefault(n, n)).append('\n');
      sb.append("# TYPE ").append(n).append(" histogram\n");
      long cum = 0;
      for (int i = 0; i < BUCKETS_S.length; i++) {
        cum += h.buckets.get(i);
        sb.append(n)
            .append("_bucket{le=\"")
            .append(BUCKETS_S[i])
            .append("\"} ")
            .append(cum)
            .append('\n');
      }
      cum += h.buckets.get(BUCKETS_S.length);
      sb.append(n).append("_bucket{le=\"+Inf\"} ").append(cum).append('\n');
      sb.append(n).append("_sum ").append(h.sumNanos.get() / 1e9).append('\n');
      sb.append(n).append("_count ").append(h.count.get()).append('\n');
    }
    return sb.toString();
  }

  /** A fixed-bucket latency histogram. */
  public static final class Histogram {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS_S.length + 1);
    final AtomicLong sumNanos = new AtomicLong();
    final AtomicLong count = new AtomicLong();

    /** Records one observation, nanoseconds. */
    public void observeNanos(long nanos) {
      double s = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS_S.length && s > BUCKETS_S[i]) {
        i++;
      }
      buckets.incrementAndGet(i);
      sumNanos.addAndGet(nanos);
      count.incrementAndGet();
    }

    /** Observations so far. */
    public long count() {
      return count.get();
    }
  }
}
