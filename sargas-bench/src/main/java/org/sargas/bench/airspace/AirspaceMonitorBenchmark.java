package org.sargas.bench.airspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * One track update through the airspace monitor, with all 16 eastern-flank countries loaded (for
 * origin and exit countries) and the full-resolution LTU polygon (9,453 vertices) protected — or,
 * with {@code zones=ALL}, all 16 national airspaces protected.
 *
 * <p>Traffic: 400 aircraft on seeded random straight courses at 100–300 m/s over 20–28° E, 53–57.5°
 * N (Lithuania and its neighbours), one update per second each for 300 s, with 50 m position σ.
 * About a third of the updates fall inside LTU, some tracks cross its border, so the mix contains
 * every path of the monitor: far from any zone, inside without violation, near the border,
 * entering, inside a violation, leaving. Each invocation builds one {@link Track} record (as a
 * tracker would) and evaluates it; at the end of the data the monitor is flushed and time restarts.
 * Sample mode reports the median and tail per update.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class AirspaceMonitorBenchmark {
  private static final int AIRCRAFT = 400;
  private static final int STEPS = 300;
  private static final double SIGMA_M = 50;
  private static final Instant T0 = Instant.parse("2025-10-23T12:00:00Z");

  /** LTU only, or all 16 national airspaces. */
  @Param({"LTU", "ALL"})
  public String zones;

  /** Interpolation between updates. */
  @Param({"GEODESIC", "HERMITE"})
  public PathModel pathModel;

  private CountryBorders borders;
  private AirspaceMonitor monitor;
  private final double[] lat = new double[AIRCRAFT * STEPS];
  private final double[] lon = new double[AIRCRAFT * STEPS];
  private final double[] vEast = new double[AIRCRAFT];
  private final double[] vNorth = new double[AIRCRAFT];
  private final String[] ids = new String[AIRCRAFT];
  private final List<ViolationEvent> out = new ArrayList<>();
  private int cursor;
  private long lap;

  @Setup(Level.Trial)
  public void setUp() {
    borders = CountryBorders.easternFlank().prepare();
    Random rnd = new Random(20251023L);
    for (int a = 0; a < AIRCRAFT; a++) {
      ids[a] = "T" + a;
      double lat0 = 53 + 4.5 * rnd.nextDouble();
      double lon0 = 20 + 8 * rnd.nextDouble();
      double az = 360 * rnd.nextDouble();
      double speed = 100 + 200 * rnd.nextDouble();
      vEast[a] = speed * Math.sin(Math.toRadians(az));
      vNorth[a] = speed * Math.cos(Math.toRadians(az));
      for (int s = 0; s < STEPS; s++) {
        GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, az, speed * s);
        lat[s * AIRCRAFT + a] = d.lat2;
        lon[s * AIRCRAFT + a] = d.lon2;
      }
    }
    List<ZoneArea> protectedZones = new ArrayList<>();
    if (zones.equals("ALL")) {
      for (String c : borders.codes()) {
        protectedZones.add(borders.nationalAirspace(c));
      }
    } else {
      protectedZones.add(borders.nationalAirspace("LTU"));
    }
    monitor =
        new AirspaceMonitor(
            borders, protectedZones, MonitorSettings.defaults().withPathModel(pathModel));
    cursor = 0;
    lap = 0;
  }

  /** One track update. */
  @Benchmark
  public void trackUpdate(Blackhole bh) {
    if (cursor == lat.length) {
      bh.consume(monitor.flush());
      cursor = 0;
      lap++;
    }
    int i = cursor++;
    int a = i % AIRCRAFT;
    long second = lap * (STEPS + 60) + i / AIRCRAFT;
    Track t =
        new Track(
            ids[a],
            T0.plusSeconds(second),
            new GeoPoint(lat[i], lon[i], 9000.0),
            vEast[a],
            vNorth[a],
            0.0,
            SIGMA_M * SIGMA_M,
            SIGMA_M * SIGMA_M,
            0.0,
            TrackState.CONFIRMED,
            null,
            null,
            10);
    out.clear();
    monitor.evaluate(t, out);
    bh.consume(out);
  }
}
