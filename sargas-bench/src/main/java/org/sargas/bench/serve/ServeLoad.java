package org.sargas.bench.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.bench.store.TempDirs;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.security.LocalIssuer;
import org.sargas.server.security.Role;
import org.sargas.server.serve.ServeNode;

/**
 * End-to-end load through {@code serve} (docs/benchmarks.md, "Serve"): a {@link ServeNode} on
 * loopback in this JVM with the default journal, evidence log and SQLite store, a UDP ASTERIX input
 * fed by {@link SyntheticPicture} (CAT048 of R 3-D radars) and a TCP Beast input fed by {@link
 * BeastFeed} (ADS-B positions), and {@code subscribers} WebSocket clients ({@link PictureClients})
 * connected to {@code /ws/picture}.
 *
 * <p>Offered rate {@code rate} reports/s: a share {@code beastShare} as Beast frames, the rest as
 * radar plots of R radars with rotation period {@code R × targets / radarRate} (R chosen so the
 * period is close to 4 s). Throughput = decoded reports admitted to the tracker ({@code
 * sargas_observations_total}) per wall second after the warm-up. Dropped = UDP datagrams the node
 * never processed (lost in the socket buffer or at the ingest queue) plus ingest-queue drops of the
 * TCP input; late reports (arrived after their slice ran) are reported apart. Alert latency: per
 * intruder, from the send time of the datagram carrying its first plot inside Lithuania (inside as
 * reported, noise included, while the intruder truly is inside) to the receipt of its violation's
 * first WebSocket message.
 *
 * <pre>
 * java -cp ... org.sargas.bench.serve.ServeLoad --targets 5000 --rate 2000 --seconds 120
 * </pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  /**
   * One run's settings.
   *
   * @param targets background targets (live tracks)
   * @param rate offered reports per second (radar plots plus Beast frames)
   * @param seconds measured seconds (after the warm-up)
   * @param warmupS seconds before measuring (tracks confirm, JIT warms up)
   * @param beastShare share of the rate sent as Beast frames over TCP
   * @param intruderSpacingS seconds between intruders (0 = none)
   * @param subscribers WebSocket clients connected
   * @param sliceS pipeline slice, s, or null for the node's default
   * @param latenessS pipeline lateness, s, or null for the node's default
   * @param sectorColumns tracking sectors west to east (one row, decision 1201), or null for the
   *     node's default (one sector)
   */
  public record Settings(
      int targets,
      double rate,
      double seconds,
      double warmupS,
      double beastShare,
      double intruderSpacingS,
      int subscribers,
      Double sliceS,
      Double latenessS,
      Integer sectorColumns) {
    /**
     * A run at {@code rate} with 10 % Beast, intruders every 3 s, one subscriber and a warm-up of
     * half the measured time, at most 12 s.
     */
    public static Settings of(int targets, double rate, double seconds) {
      return new Settings(
          targets, rate, seconds, Math.min(12, seconds / 2), 0.1, 3, 1, null, null, null);
    }

    public Settings withIntruderSpacingS(double s) {
      return new Settings(
          targets,
          rate,
          seconds,
          warmupS,
          beastShare,
          s,
          subscribers,
          sliceS,
          latenessS,
          sectorColumns);
    }

    public Settings withSubscribers(int n) {
      return new Settings(
          targets,
          rate,
          seconds,
          warmupS,
          beastShare,
          intruderSpacingS,
          n,
          sliceS,
          latenessS,
          sectorColumns);
    }

    public Settings withWarmupS(double s) {
      return new Settings(
          targets,
          rate,
          seconds,
          s,
          beastShare,
          intruderSpacingS,
          subscribers,
          sliceS,
          latenessS,
          sectorColumns);
    }

    public Settings withPipeline(Double slice, Double lateness) {
      return new Settings(
          targets,
          rate,
          seconds,
          warmupS,
          beastShare,
          intruderSpacingS,
          subscribers,
          slice,
          lateness,
          sectorColumns);
    }

    /** Tracking in this many sectors side by side (decision 1201). */
    public Settings withSectorColumns(Integer columns) {
      return new Settings(
          targets,
          rate,
          seconds,
          warmupS,
          beastShare,
          intruderSpacingS,
          subscribers,
          sliceS,
          latenessS,
          columns);
    }
  }

  /**
   * One run's figures.
   *
   * @param offeredReportsPerSecond reports sent per wall second (measured, not configured)
   * @param reportsPerSecond reports admitted to the tracker per wall second after the warm-up
   * @param dropped frames the node never processed (UDP datagrams lost + ingest-queue drops)
   * @param lateReports reports that arrived after their slice ran
   * @param tracks tracks in the live picture at the end
   * @param radars radars simulated
   * @param radarPeriodS their rotation period
   * @param intruders intruders whose first plot inside Lithuania was sent
   * @param alertLatenciesMs per intruder whose violation reached the WebSocket, sorted
   * @param messageDelaysMs {@code tracks} message delays (server stamp → receipt) of every
   *     subscriber after the warm-up, sorted
   * @param messagesReceived WebSocket messages received by all subscribers
   * @param charsReceived bytes received by all subscribers (UTF-8, with frame headers)
   * @param wsDropped messages the server dropped (publisher queue full) or did not send to a slow
   *     client (it resynced with a snapshot)
   * @param rssMiB resident set of this JVM (node and load generator) at the end
   * @param cpuFraction process CPU time / wall time over the measurement (of 1 core; 2.0 = both)
   * @param serverCpuFraction the same without the load generator's and the WebSocket clients'
   *     threads (the node alone)
   * @param udpDatagrams datagrams sent
   * @param beastFrames Beast frames sent
   * @param scanMeanMs mean wall time of one pipeline scan, all stages (whole run)
   * @param trackStagesMeanMs of which the pipeline stages (tracker, monitor, warning, alerts)
   * @param historyBatchesDropped track-history batches the store's writer could not keep up with
   * @param lateJoined reports that arrived after their slice ran, taken into the next slice (the
   *     node's late-join allowance)
   */
  public record Result(
      double offeredReportsPerSecond,
      double reportsPerSecond,
      long dropped,
      long lateReports,
      long tracks,
      int radars,
      double radarPeriodS,
      int intruders,
      double[] alertLatenciesMs,
      double[] messageDelaysMs,
      long messagesReceived,
      long charsReceived,
      long wsDropped,
      long rssMiB,
      double cpuFraction,
      double serverCpuFraction,
      long udpDatagrams,
      long beastFrames,
      double scanMeanMs,
      double trackStagesMeanMs,
      long historyBatchesDropped,
      long lateJoined) {}

  public static void main(String[] args) throws Exception {
    int targets = 5000;
    double rate = 2000;
    double seconds = 60;
    double spacing = 3;
    Double slice = null;
    Double lateness = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--targets" -> targets = Integer.parseInt(args[++i]);
        case "--rate" -> rate = Double.parseDouble(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--no-intruders" -> spacing = 0;
        case "--slice" -> slice = Double.parseDouble(args[++i]);
        case "--lateness" -> lateness = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Result r =
        run(
            Settings.of(targets, rate, seconds)
                .withIntruderSpacingS(spacing)
                .withPipeline(slice, lateness),
            System.out);
    System.out.println(r);
  }

  /** Runs the load once on a fresh node in a temporary data directory. */
  public static Result run(Settings s, PrintStream text) throws Exception {
    Path data = Files.createTempDirectory("sargas-serve-load");
    try {
      return run(s, data, text);
    } finally {
      TempDirs.delete(data);
    }
  }

  private static Result run(Settings s, Path data, PrintStream text) throws Exception {
    double beastRate = s.rate() * s.beastShare();
    double radarRate = s.rate() - beastRate;
    int radars = Math.max(1, (int) Math.round(radarRate * 4.0 / s.targets()));
    double period = radars * (double) s.targets() / radarRate;
    long startNanos = System.nanoTime() + 3_000_000_000L;
    Instant now = Instant.now();
    long startEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano() + 3_000_000_000L;
    CountryBorders borders = CountryBorders.easternFlank();
    SyntheticPicture picture =
        new SyntheticPicture(
            s.targets(),
            radars,
            period,
            s.intruderSpacingS(),
            borders,
            7,
            startNanos,
            startEpochNanos);
    int aircraft = (int) Math.min(s.targets(), Math.max(1, beastRate / 2));
    List<SensorConfig> sensors = new ArrayList<>();
    List<String> sacSic = new ArrayList<>();
    GeoPoint[] sites = picture.sites();
    for (int r = 0; r < radars; r++) {
      sensors.add(
          new SensorConfig(
              "R" + (r + 1),
              "load radar " + (r + 1),
              SensorKind.PRIMARY_RADAR,
              sites[r].latDeg(),
              sites[r].lonDeg(),
              sites[r].altitudeM(),
              400_000.0,
              period,
              25,
              r + 1,
              30.0,
              0.05));
      sacSic.add("25/" + (r + 1));
    }
    sensors.add(
        new SensorConfig(
            "ADSB1",
            "load ADS-B receiver",
            SensorKind.ADSB_RECEIVER,
            SyntheticPicture.CENTRE.latDeg(),
            SyntheticPicture.CENTRE.lonDeg(),
            150,
            450_000.0,
            1.0,
            null,
            null,
            null,
            null));
    try (BeastFeed beast = new BeastFeed(picture, aircraft, beastRate, startNanos)) {
      List<InputConfig> inputs =
          List.of(
              new InputConfig(
                  "radar",
                  "udp",
                  FrameFormat.ASTERIX,
                  "127.0.0.1",
                  0,
                  null,
                  "127.0.0.1",
                  null,
                  null,
                  sacSic),
              new InputConfig(
                  "adsb",
                  "tcp",
                  FrameFormat.BEAST,
                  "127.0.0.1",
                  beast.port(),
                  null,
                  null,
                  "ADSB1",
                  null,
                  null));
      ServeConfig config =
          ServeConfig.defaults()
              .withPort(0)
              .withDataDir(data.toString())
              .withFeeds(sensors, inputs);
      if (s.sliceS() != null || s.latenessS() != null || s.sectorColumns() != null) {
        PipelineSettings p = config.pipeline();
        config =
            config.withPipeline(
                new PipelineSettings(
                    s.sliceS() != null ? s.sliceS() : p.sliceS(),
                    s.latenessS() != null ? s.latenessS() : p.latenessS(),
                    p.queueCapacity(),
                    p.maxFutureS(),
                    p.maxAgeS(),
                    p.maxAltitudeM(),
                    p.systemTrackLatenessS(),
                    s.sectorColumns() != null
                        ? new PipelineSettings.SectorConfig(s.sectorColumns(), 1, null)
                        : p.sectors()));
      }
      // loopback: plain HTTP; the clients sign in with a token of the node's local issuer
      config = config.withWeb(config.web().withAccess("127.0.0.1", null));
      beast.start();
      try (ServeNode node = ServeNode.start(config, InstantSource.system())) {
        return measure(s, node, data, picture, beast, radars, period, text);
      }
    }
  }

  private static Result measure(
      Settings s,
      ServeNode node,
      Path data,
      SyntheticPicture picture,
      BeastFeed beast,
      int radars,
      double period,
      PrintStream text)
      throws Exception {
    String token =
        LocalIssuer.open(data)
            .mint("bench", Set.of(Role.VIEWER), Duration.ofHours(1), Instant.now());
    PictureClients subs =
        new PictureClients(
            new InetSocketAddress("127.0.0.1", node.port()), token, Math.max(1, s.subscribers()));
    text.printf(
        Locale.ROOT,
        "serve load: %d targets, %d radar(s) of period %.2f s, offered %.0f reports/s (%.0f %% Beast), %d subscriber(s)%n",
        s.targets(),
        radars,
        period,
        s.rate(),
        s.beastShare() * 100,
        Math.max(1, s.subscribers()));
    ServeMetrics metrics = node.metrics();
    InetSocketAddress to =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), node.udpPort("radar"));
    long warmupEnd = 0;
    long obs0 = 0;
    long plots0 = 0;
    long beast0 = 0;
    long cpu0 = 0;
    long load0 = 0;
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    com.sun.management.OperatingSystemMXBean sunOs = (com.sun.management.OperatingSystemMXBean) os;
    long start = System.nanoTime();
    long end = start + (long) ((s.warmupS() + s.seconds()) * 1e9) + 3_000_000_000L;
    boolean measuring = false;
    long nextReport = start + 5_000_000_000L;
    try (DatagramChannel ch = DatagramChannel.open()) {
      ch.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 4 << 20);
      while (System.nanoTime() < end) {
        picture.sendDue(ch, to);
        long t = System.nanoTime();
        if (!measuring && t - start > (long) (s.warmupS() * 1e9) + 3_000_000_000L) {
          measuring = true;
          warmupEnd = t;
          obs0 = metrics.value("sargas_observations_total", "");
          plots0 = picture.plots();
          beast0 = beast.frames();
          cpu0 = sunOs.getProcessCpuTime();
          load0 = loadCpuNanos();
          subs.takeDelaysMs();
        }
        if (t > nextReport) {
          nextReport += 5_000_000_000L;
          text.printf(
              Locale.ROOT,
              "  %5.1f s: %d plots, %d Beast frames sent; %d observations; ingest queue %d; tracks %s%n",
              (t - start) / 1e9,
              picture.plots(),
              beast.frames(),
              metrics.value("sargas_observations_total", ""),
              node.queueDepth(),
              gauge(metrics, "sargas_tracks "));
        }
      }
    }
    long t1 = System.nanoTime();
    long obs1 = metrics.value("sargas_observations_total", "");
    long plots1 = picture.plots();
    long beast1 = beast.frames();
    long cpu1 = sunOs.getProcessCpuTime();
    long load1 = loadCpuNanos();
    long tracks = gauge(metrics, "sargas_tracks ");
    long rssMiB = rssMiB();
    subs.stopMeasuring();
    List<Long> delays = subs.takeDelaysMs();
    // drain: let the node process what is queued and publish the last alerts
    long drainEnd = System.nanoTime() + 10_000_000_000L;
    long lastFrames = -1;
    while (System.nanoTime() < drainEnd) {
      Thread.sleep(500);
      long f = metrics.value("sargas_frames_processed_total", "");
      if (node.queueDepth() == 0 && f == lastFrames) {
        break;
      }
      lastFrames = f;
    }
    Thread.sleep(1000);
    long udpLost = picture.datagrams() - metrics.value("sargas_frames_in_total", "input=\"radar\"");
    long tcpDrops = metrics.value("sargas_queue_drops_total", "input=\"adsb\"");
    long late = metrics.value("sargas_late_reports_total", "");
    double wall = (t1 - warmupEnd) / 1e9;
    for (String l : metrics.render().split("\n")) {
      if (l.startsWith("sargas_alert_latency_seconds")
          || l.startsWith("sargas_scan_")
          || l.startsWith("sargas_ws_fanout")) {
        text.println("  " + l);
      }
    }
    double[] latencies = latencies(picture, subs);
    long received = subs.messages();
    long chars = subs.bytes();
    subs.close();
    int intruders = 0;
    for (SyntheticPicture.Intruder x : picture.intruders()) {
      if (x.firstInsideNanos != 0) {
        intruders++;
      }
    }
    return new Result(
        ((plots1 - plots0) + (beast1 - beast0)) / wall,
        (obs1 - obs0) / wall,
        Math.max(0, udpLost) + tcpDrops,
        late,
        tracks,
        radars,
        period,
        intruders,
        latencies,
        delays.stream().mapToDouble(Long::doubleValue).sorted().toArray(),
        received,
        chars,
        metrics.value("sargas_ws_dropped_total", "") + metrics.value("sargas_ws_skipped_total", ""),
        rssMiB,
        (cpu1 - cpu0) / 1e9 / wall,
        ((cpu1 - cpu0) - (load1 - load0)) / 1e9 / wall,
        picture.datagrams(),
        beast1,
        meanMs(metrics, "sargas_scan_seconds"),
        meanMs(metrics, "sargas_scan_track_seconds"),
        metrics.value("sargas_track_history_dropped_total", ""),
        metrics.value("sargas_late_joined_total", ""));
  }

  /**
   * Per intruder that crossed: the first violation message whose entry latitude is within 0.012° of
   * the intruder's and that arrived from 5 s before to 15 s after its first plot inside was sent
   * (intruders at one latitude start 30 s apart). The filtered track may be inside a rotation
   * before a plot is, when the plot's noise puts it outside: such an alert counts as 0 ms.
   */
  private static double[] latencies(SyntheticPicture picture, PictureClients subs) {
    List<PictureClients.ViolationSeen> seen = new ArrayList<>(subs.violations());
    List<Double> out = new ArrayList<>();
    for (SyntheticPicture.Intruder x : picture.intruders()) {
      if (x.firstInsideNanos == 0) {
        continue;
      }
      for (PictureClients.ViolationSeen v : seen) {
        long fromFirst = v.receiveNanos() - x.firstInsideNanos;
        if (Math.abs(v.entryLatDeg() - x.latDeg) < 0.012
            && fromFirst > -5_000_000_000L
            && fromFirst < 15_000_000_000L) {
          // An alert before the first plot inside (the filtered track crossed while the plot's
          // noise still put it outside) is not late: 0.
          out.add(Math.max(0, (v.receiveNanos() - x.firstInsideNanos) / 1e6));
          seen.remove(v);
          break;
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /**
   * CPU time of the load's own threads: this (sending) thread, the Beast feed and the WebSocket
   * clients (named {@code bench-*}).
   */
  static long loadCpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      String n = t.getName();
      if (t == Thread.currentThread() || n.startsWith("bench-")) {
        long c = mx.getThreadCpuTime(t.threadId());
        sum += Math.max(0, c);
      }
    }
    return sum;
  }

  /** Mean of a histogram of the node's metrics, ms (NaN when empty). */
  static double meanMs(ServeMetrics metrics, String histogram) {
    double sum = Double.NaN;
    double count = 0;
    for (String l : metrics.render().split("\n")) {
      if (l.startsWith(histogram + "_sum ")) {
        sum = Double.parseDouble(l.substring(histogram.length() + 5).trim());
      } else if (l.startsWith(histogram + "_count ")) {
        count = Double.parseDouble(l.substring(histogram.length() + 7).trim());
      }
    }
    return count == 0 ? Double.NaN : sum / count * 1000;
  }

  /** The value of a gauge or counter line of the metrics text, or -1. */
  static long gauge(ServeMetrics metrics, String prefix) {
    for (String l : metrics.render().split("\n")) {
      if (l.startsWith(prefix)) {
        return (long) Double.parseDouble(l.substring(prefix.length()).trim());
      }
    }
    return -1;
  }

  /** This process's resident set, MiB (Linux), or -1. */
  static long rssMiB() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The p-quantile (0..1) of sorted values, nearest rank; NaN when empty. */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
