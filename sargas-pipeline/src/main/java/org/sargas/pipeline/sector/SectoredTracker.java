package org.sargas.pipeline.sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * The tracking stage partitioned by geographic sector (decision 1201): one {@link
 * MultiTargetTracker} per sector, each fed the reports {@link SectorRouter} sends it, run one after
 * the other or — given an executor — in parallel, then merged by {@link SectorHandover} into one
 * picture with one id per target. With one sector it is exactly the single tracker (no routing, no
 * renaming). Sector k numbers its tracks from {@code firstTrackNumber + k × 10,000,000}, so local
 * ids never collide. Results do not depend on the executor (sectors are independent and merged in
 * id order).
 *
 * <p>Not thread-safe: one owner calls it; it fans out to the executor and joins within {@link
 * #process}.
 */
public final class SectoredTracker {
  /** Track-number stride between sectors. */
  static final long NUMBER_STRIDE = 10_000_000L;

  private final MultiTargetTracker[] trackers;
  private final SectorRouter router;
  private final SectorHandover handover;
  private final Executor executor;
  private final List<List<Observation>> routed = new ArrayList<>();
  private final TrackBatch[] batches;
  private final int[] route;

  /**
   * @param region the tracking frame
   * @param sensors every sensor that may report (for routing), by id
   * @param trackerSensors the sensors registered with the trackers, by id
   * @param config the trackers' configuration (sector k's numbering offset by k × 10,000,000)
   * @param settings the partitioning
   * @param executor runs sectors 1.. in parallel with the caller's sector 0; null to run them one
   *     after the other
   */
  public SectoredTracker(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      Map<String, Sensor> trackerSensors,
      TrackerConfig config,
      SectorSettings settings,
      Executor executor) {
    int n = settings.count();
    this.trackers = new MultiTargetTracker[n];
    for (int k = 0; k < n; k++) {
      trackers[k] = sectorTracker(region, trackerSensors, config, k);
      routed.add(new ArrayList<>());
    }
    this.batches = new TrackBatch[n];
    this.route = new int[n];
    this.executor = n > 1 ? executor : null;
    if (n > 1) {
      this.router = router(region, sensors, settings);
      this.handover = new SectorHandover(router, region);
    } else {
      this.router = null;
      this.handover = null;
    }
  }

  /**
   * Sector k's tracker as this stage builds it: the trackers' configuration with the numbering
   * offset by k × 10,000,000 (sector 0: the configuration itself). A runtime that runs each sector
   * on its own (a Flink key per sector) builds them with this, so ids are those of this stage.
   *
   * @param trackerSensors the sensors registered with the trackers, by id
   */
  public static MultiTargetTracker sectorTracker(
      LocalTangentPlane region,
      Map<String, Sensor> trackerSensors,
      TrackerConfig config,
      int sector) {
    TrackerConfig c =
        sector == 0
            ? config
            : config.toBuilder()
                .firstTrackNumber(config.firstTrackNumber() + sector * NUMBER_STRIDE)
                .build();
    return new MultiTargetTracker(region, trackerSensors, c);
  }

  /**
   * The router this stage uses for a partitioning: the grid over the box {@code sensors} cover.
   *
   * @param sensors every sensor that may report, by id
   */
  public static SectorRouter router(
      LocalTangentPlane region, Map<String, Sensor> sensors, SectorSettings settings) {
    return new SectorRouter(
        SectorGrid.covering(region, sensors.values(), settings), region, sensors);
  }

  /** The handover that merges the sectors (null with one sector). */
  public SectorHandover handover() {
    return handover;
  }

  /** The number of sectors. */
  public int sectorCount() {
    return trackers.length;
  }

  /** The router (null with one sector). */
  public SectorRouter router() {
    return router;
  }

  /** One scan: routes the reports, runs every sector, merges. */
  public TrackBatch process(Instant scanTime, List<Observation> observations) {
    if (handover == null) {
      return trackers[0].process(scanTime, observations);
    }
    for (List<Observation> r : routed) {
      r.clear();
    }
    for (Observation o : observations) {
      int count = router.route(o, route);
      for (int i = 0; i < count; i++) {
        routed.get(route[i]).add(o);
      }
    }
    if (executor == null) {
      for (int k = 0; k < trackers.length; k++) {
        batches[k] = trackers[k].process(scanTime, routed.get(k));
      }
    } else {
      CompletableFuture<?>[] running = new CompletableFuture<?>[trackers.length - 1];
      for (int k = 1; k < trackers.length; k++) {
        int sector = k;
        running[k - 1] =
            CompletableFuture.runAsync(
                () -> batches[sector] = trackers[sector].process(scanTime, routed.get(sector)),
                executor);
      }
      batches[0] = trackers[0].process(scanTime, routed.get(0));
      CompletableFuture.allOf(running).join();
    }
    return handover.merge(scanTime, batches);
  }

  /** Smoothed records that became final this scan, under global ids ({@link #process} first). */
  public List<Track> takeSmoothed() {
    if (handover == null) {
      return trackers[0].takeSmoothed();
    }
    List<List<Track>> all = new ArrayList<>(trackers.length);
    for (MultiTargetTracker t : trackers) {
      all.add(t.takeSmoothed());
    }
    return handover.mergeSmoothed(all);
  }

  /** End of data: every sector's remaining smoothed records, under global ids. */
  public List<Track> flushSmoothed() {
    if (handover == null) {
      return trackers[0].flushSmoothed();
    }
    List<List<Track>> all = new ArrayList<>(trackers.length);
    for (MultiTargetTracker t : trackers) {
      all.add(t.flushSmoothed());
    }
    return handover.mergeSmoothed(all);
  }

  /**
   * Limits smoothing per sector ({@link MultiTargetTracker#smoothOnly}); the scope of each sector
   * is its own object, as sectors may run in parallel.
   */
  public void smoothOnly(IntFunction<Predicate<Track>> scopeOfSector) {
    for (int k = 0; k < trackers.length; k++) {
      trackers[k].smoothOnly(scopeOfSector.apply(k));
    }
  }

  /** System-track repeats ignored, all sectors. */
  public long systemTrackRepeats() {
    long n = 0;
    for (MultiTargetTracker t : trackers) {
      n += t.systemTrackRepeats();
    }
    return n;
  }

  /** Live tracks, all sectors (a target in a halo counts once per sector that holds it). */
  public int liveTrackCount() {
    int n = 0;
    for (MultiTargetTracker t : trackers) {
      n += t.liveTrackCount();
    }
    return n;
  }

  /** Tracks that took another sector's id at a sector edge, so far. */
  public long handovers() {
    return handover == null ? 0 : handover.adoptions();
  }

  /** Sector k's tracker (tests, metrics). */
  public MultiTargetTracker sector(int k) {
    return trackers[k];
  }
}
