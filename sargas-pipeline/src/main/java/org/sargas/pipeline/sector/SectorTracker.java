package org.sargas.pipeline.sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.track.MultiTargetTracker;

/**
 * One sector's tracking on its own (decision 1201, a Flink key per sector, decision 1703): it is
 * offered every report of the region's scans, keeps those the region's {@link SectorRouter} sends
 * to its sector, and runs that sector's {@link MultiTargetTracker} built as {@link SectoredTracker}
 * builds it. Its batches and smoothed records, merged with those of the region's other sectors by a
 * {@link SectorHandover} over the same router, give exactly the picture of {@link SectoredTracker}.
 *
 * <p>Not thread-safe: one owner.
 */
public final class SectorTracker {
  private final int sector;
  private final SectorRouter router;
  private final MultiTargetTracker tracker;
  private final int[] route;
  private final List<Observation> mine = new ArrayList<>();

  /**
   * @param sector the sector's id in the router's grid
   * @param router the region's router ({@link SectoredTracker#router})
   * @param tracker the sector's tracker ({@link SectoredTracker#sectorTracker})
   */
  public SectorTracker(int sector, SectorRouter router, MultiTargetTracker tracker) {
    if (sector < 0 || sector >= router.grid().count()) {
      throw new IllegalArgumentException(
          "sector " + sector + " not in a grid of " + router.grid().count());
    }
    this.sector = sector;
    this.router = router;
    this.tracker = tracker;
    this.route = new int[router.grid().count()];
  }

  /** The sector's id. */
  public int sector() {
    return sector;
  }

  /**
   * One scan: the sector's share of the region's reports through its tracker.
   *
   * @param observations the region's scan, as {@link SectoredTracker#process} receives it
   * @return the sector's batch under its own (sector-local) ids
   */
  public TrackBatch process(Instant scanTime, List<Observation> observations) {
    mine.clear();
    for (Observation o : observations) {
      int count = router.route(o, route);
      for (int i = 0; i < count; i++) {
        if (route[i] == sector) {
          mine.add(o);
          break;
        }
      }
    }
    return tracker.process(scanTime, mine);
  }

  /** Smoothed records that became final this scan, under sector-local ids. */
  public List<Track> takeSmoothed() {
    return tracker.takeSmoothed();
  }

  /** End of data: the remaining smoothed records, under sector-local ids. */
  public List<Track> flushSmoothed() {
    return tracker.flushSmoothed();
  }

  /** Limits smoothing ({@link MultiTargetTracker#smoothOnly}). */
  public void smoothOnly(Predicate<Track> scope) {
    tracker.smoothOnly(scope);
  }

  /** The sector's tracker (metrics). */
  public MultiTargetTracker tracker() {
    return tracker;
  }
}
