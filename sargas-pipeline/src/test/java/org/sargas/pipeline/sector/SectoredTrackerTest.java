package org.sargas.pipeline.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.track.TrackerConfig;

/** Sector handover: a target crossing a sector edge keeps one track id. */
class SectoredTrackerTest {
  private static final GeoPoint SITE = new GeoPoint(54.5, 24.0, 100);
  private static final LocalTangentPlane REGION = new LocalTangentPlane(SITE);
  private static final Sensor RADAR =
      new Sensor("R1", "radar", SensorKind.PRIMARY_RADAR, SITE, 250_000, 4.0);
  private static final Instant T0 = Instant.parse("2025-09-10T00:00:00Z");
  private static final double PERIOD_S = 4;
  private static final int FLYING_SCANS = 120; // 480 s at 250 m/s: 120 km, across east = 0
  private static final int SCANS = FLYING_SCANS + 30; // then silence: the tracks are dropped

  /** Two targets: A flies east north of the site, B flies west south of it. */
  private static List<Observation> plots(int scan, Random noise) {
    List<Observation> out = new ArrayList<>();
    if (scan >= FLYING_SCANS) {
      return out;
    }
    double t = scan * PERIOD_S;
    double[][] targets = {{-60_000 + 250 * t, 80_000}, {60_000 - 250 * t, -80_000}};
    for (double[] p : targets) {
      double range = Math.hypot(p[0], p[1]) + noise.nextGaussian() * 50;
      double az = Math.atan2(p[0], p[1]) + noise.nextGaussian() * 0.001;
      out.add(
          new Observation(
              "R1",
              T0.plusMillis((long) (t * 1000) + 500),
              PolarMeasurement.of(range, az, 50, 0.001),
              Double.NaN,
              Identity.NONE));
    }
    return out;
  }

  private record Run(List<Track> published, SectoredTracker tracker) {}

  private static Run run(SectorSettings settings, ExecutorService executor) {
    Map<String, Sensor> sensors = Map.of("R1", RADAR);
    SectoredTracker tracker =
        new SectoredTracker(REGION, sensors, sensors, TrackerConfig.defaults(), settings, executor);
    Random noise = new Random(7);
    List<Track> published = new ArrayList<>();
    for (int scan = 0; scan < SCANS; scan++) {
      Instant scanTime = T0.plusMillis((long) ((scan + 1) * PERIOD_S * 1000));
      published.addAll(tracker.process(scanTime, plots(scan, noise)).tracks());
    }
    return new Run(published, tracker);
  }

  private static Set<String> idsOf(List<Track> tracks, boolean north) {
    Set<String> ids = new LinkedHashSet<>();
    for (Track t : tracks) {
      if ((t.position().latDeg() > SITE.latDeg()) == north) {
        ids.add(t.trackId());
      }
    }
    return ids;
  }

  @Test
  void aTargetCrossingTheSectorEdgeKeepsOneTrackId() {
    Run run = run(new SectorSettings(2, 1, 20_000), null);

    assertThat(idsOf(run.published, true)).hasSize(1);
    assertThat(idsOf(run.published, false)).hasSize(1);
    // A began in the west sector (0), B in the east sector (1, numbered from 10,000,001) ...
    assertThat(idsOf(run.published, true).iterator().next()).isEqualTo("T0000001");
    assertThat(idsOf(run.published, false).iterator().next()).isEqualTo("T10000001");
    // ... and each sector held the other's target under its own number before handing it over.
    assertThat(run.tracker.handovers()).isEqualTo(2);
    assertThat(run.tracker.sector(0).lastTrackNumber()).isEqualTo(2);
    assertThat(run.tracker.sector(1).lastTrackNumber())
        .isEqualTo(SectoredTracker.NUMBER_STRIDE + 2);
  }

  @Test
  void eachTargetIsPublishedOncePerScanInTimeOrderAndDroppedOnce() {
    Run run = run(new SectorSettings(2, 1, 20_000), null);

    Map<String, Instant> last = new HashMap<>();
    Map<String, Integer> dropped = new HashMap<>();
    for (Track t : run.published) {
      Instant before = last.put(t.trackId(), t.time());
      if (before != null && t.state() != TrackState.DROPPED) {
        assertThat(t.time()).as("%s", t.trackId()).isAfter(before);
      }
      if (t.state() == TrackState.DROPPED) {
        dropped.merge(t.trackId(), 1, Integer::sum);
      }
    }
    assertThat(dropped).containsOnlyKeys("T0000001", "T10000001");
    assertThat(dropped.values()).containsOnly(1);
  }

  @Test
  void thePartitionedPictureFollowsTheSingleTrackersPicture() {
    List<Track> single = run(SectorSettings.single(), null).published;
    List<Track> sectored = run(new SectorSettings(2, 1, 20_000), null).published;

    // The same number of published updates per target (one per scan while tracked) ...
    assertThat(idsOf(sectored, true)).hasSize(1);
    long singleA = single.stream().filter(t -> t.position().latDeg() > SITE.latDeg()).count();
    long sectoredA = sectored.stream().filter(t -> t.position().latDeg() > SITE.latDeg()).count();
    assertThat(sectoredA).isEqualTo(singleA);
    // ... and positions agree away from the sector edge, where both come from one filter history.
    Map<Instant, Track> byTime = new HashMap<>();
    for (Track t : single) {
      if (t.position().latDeg() > SITE.latDeg()) {
        byTime.put(t.time(), t);
      }
    }
    double[] a = new double[3];
    double[] b = new double[3];
    for (Track t : sectored) {
      Track s = byTime.get(t.time());
      if (s == null || t.position().latDeg() < SITE.latDeg()) {
        continue;
      }
      REGION.toEnu(t.position().latDeg(), t.position().lonDeg(), 0, a);
      REGION.toEnu(s.position().latDeg(), s.position().lonDeg(), 0, b);
      if (a[0] < -25_000) { // west sector, beyond the east sector's halo: identical history
        assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).isLessThan(1e-6);
      } else {
        assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).isLessThan(300);
      }
    }
  }

  @Test
  void sectorsInParallelGiveTheSameResultAsOneAfterTheOther() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Track> parallel = run(new SectorSettings(2, 2, 20_000), pool).published;
      List<Track> sequential = run(new SectorSettings(2, 2, 20_000), null).published;
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sectorsRunApartAndMergedDownstreamGiveTheSameResult() {
    SectorSettings grid = new SectorSettings(2, 1, 20_000);
    Map<String, Sensor> sensors = Map.of("R1", RADAR);
    // As a Flink key per sector runs them: each sector offered every report, merged downstream.
    SectorRouter router = SectoredTracker.router(REGION, sensors, grid);
    SectorTracker[] apart = new SectorTracker[grid.count()];
    for (int k = 0; k < apart.length; k++) {
      apart[k] =
          new SectorTracker(
              k,
              SectoredTracker.router(REGION, sensors, grid),
              SectoredTracker.sectorTracker(REGION, sensors, TrackerConfig.defaults(), k));
    }
    SectorHandover handover = new SectorHandover(router, REGION);
    Random noise = new Random(7);
    List<Track> published = new ArrayList<>();
    for (int scan = 0; scan < SCANS; scan++) {
      Instant scanTime = T0.plusMillis((long) ((scan + 1) * PERIOD_S * 1000));
      List<Observation> plots = plots(scan, noise);
      org.sargas.model.track.TrackBatch[] batches =
          new org.sargas.model.track.TrackBatch[apart.length];
      for (int k = 0; k < apart.length; k++) {
        batches[k] = apart[k].process(scanTime, plots);
      }
      published.addAll(handover.merge(scanTime, batches).tracks());
    }
    Run together = run(grid, null);
    assertThat(published).isEqualTo(together.published);
    assertThat(handover.adoptions()).isEqualTo(together.tracker.handovers()).isEqualTo(2);
  }
}
