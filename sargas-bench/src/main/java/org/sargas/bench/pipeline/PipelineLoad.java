package org.sargas.bench.pipeline;

import com.sun.management.ThreadMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.pipeline.NodePipelineSetup;

/**
 * The one pipeline of the embedded node ({@link SurveillancePipeline} built by {@link
 * NodePipelineSetup} from the default configuration: the gate, tracker, identity, airspace monitor
 * of the watched countries, early warning, smoothing near zones, alerts) fed N aircraft reporting
 * ADS-B positions once a second over 53–57°N 20–28°E (Baltic states, Poland, Kaliningrad, Belarus
 * and the sea; random courses at 150–250 m/s), in 1 s scans, with the tracking in 1 and in 2
 * geographic sectors (decision 1201; the second on its own thread). Reports per second of wall time
 * and per CPU second of the pipeline thread, after a warm-up third of the run; no sockets, journal
 * or store (those are in {@code bench serve}).
 */
public final class PipelineLoad {
  private PipelineLoad() {}

  /**
   * One run's figures.
   *
   * @param sectors sectors the tracking ran in
   * @param reports reports measured (after the warm-up)
   * @param reportsPerSecond by wall time
   * @param reportsPerCpuSecond by the pipeline thread's CPU time
   * @param scanP99Ms 99th percentile of a scan's wall time, ms
   * @param handovers tracks that took another sector's id
   */
  public record Result(
      int sectors,
      long reports,
      double reportsPerSecond,
      double reportsPerCpuSecond,
      double scanP99Ms,
      long handovers) {}

  /** Runs {@code seconds} of traffic of {@code aircraft} aircraft through the pipeline. */
  public static Result run(int aircraft, int seconds, int sectors, long seed, PrintStream text) {
    PipelineSetup setup =
        NodePipelineSetup.of(ServeConfig.defaults(), CountryBorders.easternFlank())
            .withSectors(new SectorSettings(sectors, 1, SectorSettings.DEFAULT_HALO_M));
    ExecutorService pool = sectors > 1 ? Executors.newFixedThreadPool(sectors - 1) : null;
    try {
      SurveillancePipeline pipeline = new SurveillancePipeline(setup, pool);
      Random r = new Random(seed);
      double[][] a = new double[aircraft][4];
      Identity[] ids = new Identity[aircraft];
      for (int i = 0; i < aircraft; i++) {
        a[i][0] = 53.0 + r.nextDouble() * 4;
        a[i][1] = 20.0 + r.nextDouble() * 8;
        double speed = 150 + r.nextDouble() * 100;
        double course = r.nextDouble() * 2 * Math.PI;
        a[i][2] = speed * Math.cos(course);
        a[i][3] = speed * Math.sin(course);
        ids[i] = new Identity(String.format("%06X", 0x400000 + i), null, null, null, null);
      }
      Instant t0 = Instant.parse("2025-10-23T15:00:00Z");
      ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
      long reports = 0;
      long wallNanos = 0;
      long cpuNanos = 0;
      double[] scanMs = new double[seconds];
      int measured = 0;
      List<Observation> slice = new ArrayList<>(aircraft);
      for (int s = 0; s < seconds; s++) {
        slice.clear();
        for (int i = 0; i < aircraft; i++) {
          double lat = a[i][0] + a[i][2] * s / 111_320.0;
          double lon = a[i][1] + a[i][3] * s / (111_320.0 * Math.cos(Math.toRadians(a[i][0])));
          Instant t = t0.plusMillis(s * 1000L + (i * 997L) % 1000);
          slice.add(
              new Observation(
                  "LT-ADSB-1",
                  t,
                  new GeodeticMeasurement(new GeoPoint(lat, lon, 10_000), 30, 10),
                  10_000,
                  ids[i]));
        }
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        List<Observation> admitted = new ArrayList<>(slice.size());
        for (Observation o : slice) {
          if (pipeline.admit(o, o.time()) == null) {
            admitted.add(o);
          }
        }
        pipeline.process(t0.plusSeconds(s + 1), admitted);
        long w = System.nanoTime() - w0;
        long c = threads.getCurrentThreadCpuTime() - c0;
        if (s >= seconds / 3) {
          wallNanos += w;
          cpuNanos += c;
          reports += aircraft;
          scanMs[measured++] = w / 1e6;
        }
      }
      double[] sorted = Arrays.copyOf(scanMs, measured);
      Arrays.sort(sorted);
      double p99 = sorted[Math.min(measured - 1, (int) Math.ceil(0.99 * measured) - 1)];
      Result result =
          new Result(
              sectors,
              reports,
              reports / (wallNanos / 1e9),
              reports / (cpuNanos / 1e9),
              p99,
              pipeline.tracker().handovers());
      text.printf(
          "%d aircraft, %d sector(s): %.0f reports/s wall, %.0f per pipeline-thread CPU s, scan"
              + " p99 %.1f ms, %d handovers%n",
          aircraft,
          sectors,
          result.reportsPerSecond(),
          result.reportsPerCpuSecond(),
          p99,
          result.handovers());
      return result;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
