package org.sargas.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.PipelineSettings;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.wire.Cat048PlotWriter;

/**
 * Load generator and measurement for {@code serve} (docs/benchmarks.md, "Serve").
 *
 * <pre>
 * java -cp ... org.sargas.bench.serve.ServeLoad --targets 4000 --rate 2000 --seconds 60
 * java -cp ... org.sargas.bench.serve.ServeLoad --targets 4000 --rate 100000 --seconds 30 --no-intruders
 * </pre>
 *
 * One 3-D radar (SAC/SIC 25/1, near Kaunas) rotates with period {@code targets / rate} and reports
 * every target once per rotation as CAT048 plots (I048/010/140/020/040/110), sent per 1/32 of a
 * rotation in datagrams of at most 60 plots, event time = wall time. Background targets fly at
 * 150–250 m/s inside a box well inside Lithuania (reflecting at its edges: domestic traffic, no
 * violations). Unless {@code --no-intruders}, every 15 s an intruder starts 15 km inside
 * Kaliningrad (54.50 N 22.45 E) flying east at 250 m/s into Lithuania; the latency from the
 * datagram carrying its first plot inside LTU to the violation message on the WebSocket is measured
 * per intruder.
 */
public final class ServeLoad {
  private static final double NM_M = 1852.0;

  public static void main(String[] args) throws Exception {
    int targets = 4000;
    double rate = 2000;
    double seconds = 60;
    boolean intruders = true;
    double slice = 1.0;
    double lateness = 0.3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--targets" -> targets = Integer.parseInt(args[++i]);
        case "--rate" -> rate = Double.parseDouble(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--no-intruders" -> intruders = false;
        case "--slice" -> slice = Double.parseDouble(args[++i]);
        case "--lateness" -> lateness = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    new ServeLoad().run(targets, rate, seconds, intruders, slice, lateness);
  }

  private void run(
      int targets,
      double rate,
      double seconds,
      boolean withIntruders,
      double slice,
      double lateness)
      throws Exception {
    Path data = Files.createTempDirectory("sargas-serve-load");
    double period = targets / rate;
    GeoPoint site = new GeoPoint(54.90, 23.90, 200);
    SensorConfig radar =
        new SensorConfig(
            "R1",
            "load radar",
            SensorKind.PRIMARY_RADAR,
            site.latDeg(),
            site.lonDeg(),
            site.altitudeM(),
            400_000.0,
            period,
            25,
            1,
            50.0,
            0.1);
    InputConfig in =
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
            List.of("25/1"));
    ServeConfig config =
        ServeConfig.defaults()
            .withPort(0)
            .withDataDir(data.toString())
            .withFeeds(List.of(radar), List.of(in))
            .withPipeline(new PipelineSettings(slice, lateness, 1 << 18, null, null, null));
    // loopback: plain HTTP; the WebSocket client signs in with a token of the node's local issuer
    config = config.withWeb(config.web().withAccess("127.0.0.1", null));
    CountryBorders borders = CountryBorders.easternFlank();
    ObjectMapper json = new ObjectMapper();
    List<long[]> violationsSeen = new CopyOnWriteArrayList<>();
    try (ServeNode node = ServeNode.start(config, InstantSource.system())) {
      HttpClient http = HttpClient.newHttpClient();
      String token =
          org.sargas.server.security.LocalIssuer.open(data)
              .mint(
                  "bench",
                  java.util.Set.of(org.sargas.server.security.Role.VIEWER),
                  java.time.Duration.ofHours(1),
                  java.time.Instant.now());
      WebSocket ws =
          http.newWebSocketBuilder()
              .header("Authorization", "Bearer " + token)
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + node.port() + "/ws/picture"),
                  new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence d, boolean last) {
                      partial.append(d);
                      if (last) {
                        long now = System.nanoTime();
                        String s = partial.toString();
                        partial.setLength(0);
                        if (s.startsWith("{\"type\":\"violation\"")) {
                          try {
                            JsonNode v = json.readTree(s).path("violation");
                            Instant entry = Instant.parse(v.path("entryTime").asText());
                            violationsSeen.add(new long[] {now, entry.toEpochMilli()});
                          } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                          }
                        }
                      }
                      w.request(1);
                      return null;
                    }
                  })
              .get();
      InetSocketAddress to =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), node.udpPort("radar"));
      Generator g = new Generator(targets, period, site, borders, withIntruders);
      long obs0 = 0;
      long t0 = 0;
      long warmupNs = (long) (Math.min(10, seconds / 3) * 1e9);
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      boolean measuring = false;
      try (DatagramChannel ch = DatagramChannel.open()) {
        ch.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 4 << 20);
        while (System.nanoTime() < end) {
          g.sendDue(ch, to);
          if (!measuring && System.nanoTime() - start > warmupNs) {
            measuring = true;
            obs0 = node.metrics().value("sargas_observations_total", "");
            t0 = System.nanoTime();
          }
        }
      }
      long t1 = System.nanoTime();
      long obs1 = node.metrics().value("sargas_observations_total", "");
      Thread.sleep(3000);
      ws.abort();
      String metrics = node.metrics().render();
      double processed = (obs1 - obs0) / ((t1 - t0) / 1e9);
      long frames = node.metrics().value("sargas_frames_processed_total", "");
      long drops = node.metrics().value("sargas_queue_drops_total", "input=\"radar\"");
      System.out.printf(
          Locale.ROOT,
          "config: targets=%d offered=%.0f reports/s period=%.3f s slice=%.2f s lateness=%.2f s%n",
          targets,
          rate,
          period,
          slice,
          lateness);
      System.out.printf(
          Locale.ROOT,
          "sent: %d plots in %d datagrams; received %d datagrams; queue drops %d%n",
          g.plots,
          g.datagrams,
          frames,
          drops);
      System.out.printf(
          Locale.ROOT,
          "throughput (after %.0f s warm-up): %.0f reports/s processed end to end; tracks %s%n",
          warmupNs / 1e9,
          processed,
          line(metrics, "sargas_tracks "));
      System.out.println(
          "late reports: "
              + line(metrics, "sargas_late_reports_total ")
              + "; violation messages on the WebSocket: "
              + violationsSeen.size()
              + "; intruders: "
              + g.intruderFirstInside.size());
      List<Double> lat = new ArrayList<>();
      for (long[] firstInside : g.intruderFirstInside) {
        for (long[] v : violationsSeen) {
          if (Math.abs(v[1] - firstInside[1]) < 3000) {
            lat.add((v[0] - firstInside[0]) / 1e6);
            break;
          }
        }
      }
      if (!lat.isEmpty()) {
        double[] a = lat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
            Locale.ROOT,
            "latency first datagram inside LTU -> violation on WebSocket (n=%d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            a.length,
            pct(a, 0.50),
            pct(a, 0.99),
            a[a.length - 1]);
      }
      System.out.println(
          "server histogram sargas_alert_latency_seconds (frame completing the scan -> WebSocket):");
      for (String l : metrics.split("\n")) {
        if (l.startsWith("sargas_alert_latency_seconds")
            || l.matches("sargas_scan_.*seconds_(sum|count).*")
            || l.startsWith("sargas_udp_rejected")
            || l.startsWith("sargas_gate")) {
          System.out.println("  " + l);
        }
      }
    }
  }

  private static String line(String metrics, String prefix) {
    for (String l : metrics.split("\n")) {
      if (l.startsWith(prefix)) {
        return l.substring(prefix.length()).trim();
      }
    }
    return "?";
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The synthetic radar picture. */
  private static final class Generator {
    final int n;
    final double period;
    final LocalTangentPlane plane;
    final GeoPoint site;
    final CountryBorders borders;
    final boolean intruders;
    final double[] e;
    final double[] nn;
    final double[] ve;
    final double[] vn;
    final double[] alt;
    final ByteBuffer buf = ByteBuffer.allocate(1500);
    final SplittableRandom rnd = new SplittableRandom(7);
    final long startNanos = System.nanoTime();
    final long startEpochNanos;
    final List<long[]> intruderFirstInside = new ArrayList<>();
    final List<double[]> activeIntruders = new ArrayList<>();
    long nextSector;
    long nextIntruderNs;
    long plots;
    long datagrams;
    double lastSectorT;
    final double[] boxE = new double[2];
    final double[] boxN = new double[2];

    Generator(int n, double period, GeoPoint site, CountryBorders borders, boolean intruders) {
      this.n = n;
      this.period = period;
      this.site = site;
      this.borders = borders;
      this.intruders = intruders;
      this.plane = new LocalTangentPlane(site);
      double[] lo = new double[3];
      double[] hi = new double[3];
      plane.toEnu(54.75, 23.55, 0, lo);
      plane.toEnu(55.55, 24.95, 0, hi);
      boxE[0] = lo[0];
      boxE[1] = hi[0];
      boxN[0] = lo[1];
      boxN[1] = hi[1];
      e = new double[n];
      nn = new double[n];
      ve = new double[n];
      vn = new double[n];
      alt = new double[n];
      for (int i = 0; i < n; i++) {
        e[i] = boxE[0] + rnd.nextDouble() * (boxE[1] - boxE[0]);
        nn[i] = boxN[0] + rnd.nextDouble() * (boxN[1] - boxN[0]);
        double spd = 150 + rnd.nextDouble() * 100;
        double hdg = rnd.nextDouble() * 2 * Math.PI;
        ve[i] = spd * Math.sin(hdg);
        vn[i] = spd * Math.cos(hdg);
        alt[i] = 3000 + rnd.nextDouble() * 9000;
      }
      Instant now = Instant.now();
      startEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
      nextIntruderNs = 5_000_000_000L;
    }

    /** Sends the sector that is due (busy-waits until then). */
    void sendDue(DatagramChannel ch, InetSocketAddress to) throws java.io.IOException {
      long sectorNs = (long) (period / 32 * 1e9);
      long due = startNanos + nextSector * sectorNs;
      while (System.nanoTime() < due) {
        Thread.onSpinWait();
        if (due - System.nanoTime() > 2_000_000) {
          try {
            Thread.sleep(1);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      double t = (System.nanoTime() - startNanos) / 1e9;
      double dt = t - lastSectorT;
      lastSectorT = t;
      long epochNs = startEpochNanos + (System.nanoTime() - startNanos);
      double tod =
          LocalTime.ofNanoOfDay(Math.floorMod(epochNs, 86_400_000_000_000L)).toNanoOfDay() / 1e9;
      double a0 = (nextSector % 32) * (2 * Math.PI / 32);
      double a1 = a0 + 2 * Math.PI / 32;
      buf.clear();
      int block = -1;
      int inBlock = 0;
      for (int i = 0; i < n; i++) {
        e[i] += ve[i] * dt;
        nn[i] += vn[i] * dt;
        if (e[i] < boxE[0] || e[i] > boxE[1]) {
          ve[i] = -ve[i];
          e[i] = Math.max(boxE[0], Math.min(boxE[1], e[i]));
        }
        if (nn[i] < boxN[0] || nn[i] > boxN[1]) {
          vn[i] = -vn[i];
          nn[i] = Math.max(boxN[0], Math.min(boxN[1], nn[i]));
        }
        double az = Math.atan2(e[i], nn[i]);
        if (az < 0) {
          az += 2 * Math.PI;
        }
        if (az >= a0 && az < a1) {
          if (inBlock == 60) {
            flush(ch, to, block);
            block = -1;
            inBlock = 0;
          }
          if (block < 0) {
            block = Cat048PlotWriter.beginBlock(buf);
          }
          double up = alt[i] - site.altitudeM();
          double range = Math.sqrt(e[i] * e[i] + nn[i] * nn[i] + up * up);
          Cat048PlotWriter.appendPlot(buf, 25, 1, tod, range, az, alt[i]);
          inBlock++;
          plots++;
        }
      }
      if (intruders && System.nanoTime() - startNanos > nextIntruderNs) {
        double[] p = new double[3];
        plane.toEnu(54.50, 22.45, 6100, p);
        activeIntruders.add(
            new double[] {p[0], p[1], t, -1, intruderFirstInside.size() + activeIntruders.size()});
        nextIntruderNs += 15_000_000_000L;
      }
      for (double[] x : activeIntruders) {
        double along = (t - x[2]) * 250;
        double ie = x[0] + along;
        double in = x[1];
        double az = Math.atan2(ie, in);
        if (az < 0) {
          az += 2 * Math.PI;
        }
        if (az >= a0 && az < a1 && t - x[2] < 90) {
          if (block < 0 || inBlock == 60) {
            flush(ch, to, block);
            block = Cat048PlotWriter.beginBlock(buf);
            inBlock = 0;
          }
          double up = 6100 - site.altitudeM();
          double range = Math.sqrt(ie * ie + in * in + up * up);
          Cat048PlotWriter.appendPlot(buf, 25, 1, tod, range, az, 6100);
          inBlock++;
          plots++;
          GeoPoint g = plane.toGeo(ie, in, 6100);
          if (x[3] < 0 && "LTU".equals(borders.countryAt(g.latDeg(), g.lonDeg()))) {
            x[3] = 1;
            intruderFirstInside.add(new long[] {System.nanoTime(), epochNs / 1_000_000});
          }
        }
      }
      activeIntruders.removeIf(x -> t - x[2] >= 90);
      flush(ch, to, block);
      nextSector++;
    }

    private void flush(DatagramChannel ch, InetSocketAddress to, int block)
        throws java.io.IOException {
      if (block < 0) {
        buf.clear();
        return;
      }
      Cat048PlotWriter.endBlock(buf, block);
      buf.flip();
      ch.send(buf, to);
      datagrams++;
      buf.clear();
    }
  }
}
