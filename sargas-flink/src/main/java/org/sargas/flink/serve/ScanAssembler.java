package org.sargas.flink.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sargas.flink.job.OutputJson;
import org.sargas.flink.job.RegionOutput;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.pipeline.ScanOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the job's scans from its outputs as they are read from the output topics: each region's
 * outputs carry a sequence number that is contiguous across all topics ({@link RegionOutput#seq}),
 * so they are held in a per-region reorder buffer and released in sequence order; consecutive
 * outputs of the same scan time make one {@link ScanOutput}.
 *
 * <ul>
 *   <li>A gap that does not fill within {@code gapTimeoutNanos} is skipped (logged, counted).
 *   <li>A region first seen at a sequence number above 0 (the node joined a running job) starts at
 *       the lowest number that arrived within {@code gapTimeoutNanos}.
 *   <li>An output whose number was already released is a duplicate and dropped, unless its scan is
 *       newer than the last one released: then the job was started afresh without its state
 *       (numbers from 0 again) and the region starts over.
 *   <li>A scan is complete when an output of a later scan is released, or when the region released
 *       nothing for {@code quietNanos} (a scan's outputs are committed in one Kafka transaction, so
 *       they arrive together).
 * </ul>
 *
 * Time is passed in ({@code nowNanos}, any monotonic clock), so the behaviour is deterministic.
 * Each output also carries where it was read ({@code partition}, {@code offset}): {@link
 * #lowestHeldOffsets} tells the reader which offsets it may commit. Not thread-safe.
 */
public final class ScanAssembler {
  private static final Logger LOG = LoggerFactory.getLogger(ScanAssembler.class);

  private final long gapTimeoutNanos;
  private final long quietNanos;
  private final Consumer<ScanOutput> scans;
  private final ObjectMapper json = OutputJson.mapper();
  private final Map<Long, Region> regions = new HashMap<>();
  private long gapsSkipped;
  private long outputsSkipped;
  private long duplicates;
  private long malformed;
  private long released;
  private long scansOut;

  /**
   * @param gapTimeoutNanos how long a missing sequence number is waited for, ns
   * @param quietNanos how long a region releases nothing before its open scan is complete, ns
   * @param scans receives each complete scan, in each region's order
   */
  public ScanAssembler(long gapTimeoutNanos, long quietNanos, Consumer<ScanOutput> scans) {
    this.gapTimeoutNanos = gapTimeoutNanos;
    this.quietNanos = quietNanos;
    this.scans = scans;
  }

  /**
   * Takes an output read from Kafka (held until its turn; see {@link #drain}).
   *
   * @param partition where it was read ({@code topic-partition})
   * @param offset its offset there
   */
  public void offer(RegionOutput o, String partition, long offset, long nowNanos) {
    Region r = regions.computeIfAbsent(o.region(), id -> new Region(id, nowNanos));
    if (r.next >= 0 && o.seq() < r.next) {
      if (o.scanNanos() > r.lastScanNanos) {
        LOG.warn(
            "region {}: output {} of a newer scan than the last released (output {}): the job"
                + " started afresh; the region starts over",
            r.id,
            o.seq(),
            r.next - 1);
        r.complete();
        outputsSkipped += r.held.size();
        r.held.clear();
        r.next = o.seq();
        r.gapSinceNanos = -1;
      } else {
        duplicates++;
        return;
      }
    }
    if (r.held.putIfAbsent(o.seq(), new Held(o, partition, offset)) != null) {
      duplicates++;
    }
  }

  /**
   * Releases every region's outputs that are in order, skips gaps older than the timeout, and
   * completes scans that are quiet; complete scans go to the consumer given at construction.
   */
  public void drain(long nowNanos) {
    for (Region r : regions.values()) {
      r.drain(nowNanos);
    }
  }

  /**
   * Releases everything held, in order, skipping every gap, and completes every scan (shutdown).
   */
  public void flush() {
    for (Region r : regions.values()) {
      while (!r.held.isEmpty()) {
        if (r.next < 0) {
          r.next = r.held.firstKey();
        }
        r.skipTo(r.held.firstKey());
        r.releaseInOrder(0);
      }
      r.complete();
    }
  }

  /**
   * For each partition with outputs held or in an open scan, the lowest of their offsets: the
   * reader may commit up to (not including) it; other partitions up to their position.
   */
  public Map<String, Long> lowestHeldOffsets() {
    Map<String, Long> lowest = new HashMap<>();
    for (Region r : regions.values()) {
      for (Held h : r.held.values()) {
        lowest.merge(h.partition, h.offset, Math::min);
      }
      for (Held h : r.open) {
        lowest.merge(h.partition, h.offset, Math::min);
      }
    }
    return lowest;
  }

  /** Gaps skipped (each a run of missing sequence numbers). */
  public long gapsSkipped() {
    return gapsSkipped;
  }

  /**
   * Outputs skipped: the missing numbers of skipped gaps, and held outputs dropped at a restart.
   */
  public long outputsSkipped() {
    return outputsSkipped;
  }

  /** Outputs dropped as already released. */
  public long duplicates() {
    return duplicates;
  }

  /** Outputs whose JSON could not be read (released in order, their content dropped). */
  public long malformed() {
    return malformed;
  }

  /** Outputs released in order. */
  public long released() {
    return released;
  }

  /** Scans handed on. */
  public long scans() {
    return scansOut;
  }

  /** Outputs held, waiting for their turn or in an open scan. */
  public int held() {
    int n = 0;
    for (Region r : regions.values()) {
      n += r.held.size() + r.open.size();
    }
    return n;
  }

  private record Held(RegionOutput output, String partition, long offset) {}

  /** One region's reorder buffer and open scan. */
  private final class Region {
    final long id;
    final long firstSeenNanos;
    final TreeMap<Long, Held> held = new TreeMap<>();
    final List<Held> open = new ArrayList<>();

    /** The next sequence number to release; -1 before the first. */
    long next = -1;

    /** Since when the next number is missing while later ones are held, ns; -1 = no gap. */
    long gapSinceNanos = -1;

    long lastReleaseNanos;
    long lastScanNanos = Long.MIN_VALUE;

    Region(long id, long firstSeenNanos) {
      this.id = id;
      this.firstSeenNanos = firstSeenNanos;
    }

    void drain(long nowNanos) {
      if (next < 0) {
        if (held.isEmpty()
            || (held.firstKey() != 0 && nowNanos - firstSeenNanos < gapTimeoutNanos)) {
          return;
        }
        next = held.firstKey();
        if (next != 0) {
          LOG.info("region {}: joined at output {}", id, next);
        }
      }
      releaseInOrder(nowNanos);
      if (!held.isEmpty()) {
        if (gapSinceNanos < 0) {
          gapSinceNanos = nowNanos;
        } else if (nowNanos - gapSinceNanos >= gapTimeoutNanos) {
          skipTo(held.firstKey());
          releaseInOrder(nowNanos);
        }
      }
      if (!open.isEmpty() && nowNanos - lastReleaseNanos >= quietNanos) {
        complete();
      }
    }

    /** Skips the missing numbers before {@code seq} (logged, counted). */
    void skipTo(long seq) {
      if (seq > next) {
        gapsSkipped++;
        outputsSkipped += seq - next;
        LOG.warn(
            "region {}: outputs {}..{} never arrived; skipped (gap #{})",
            id,
            next,
            seq - 1,
            gapsSkipped);
        next = seq;
      }
    }

    void releaseInOrder(long nowNanos) {
      Held h;
      while ((h = held.remove(next)) != null) {
        next++;
        gapSinceNanos = -1;
        lastReleaseNanos = nowNanos;
        released++;
        RegionOutput o = h.output;
        if (!open.isEmpty() && open.get(0).output.scanNanos() != o.scanNanos()) {
          complete();
        }
        open.add(h);
        lastScanNanos = Math.max(lastScanNanos, o.scanNanos());
      }
    }

    /** The open scan, read back into a {@link ScanOutput} and handed on. */
    void complete() {
      if (open.isEmpty()) {
        return;
      }
      Instant t = Instant.ofEpochSecond(0, open.get(0).output.scanNanos());
      List<Track> tracks = new ArrayList<>();
      List<Track> smoothed = new ArrayList<>();
      List<ViolationEvent> violations = new ArrayList<>();
      List<ViolationEvent> crossings = new ArrayList<>();
      List<Warning> warnings = new ArrayList<>();
      List<Alert> alerts = new ArrayList<>();
      for (Held h : open) {
        RegionOutput o = h.output;
        try {
          switch (o.kind()) {
            case "track" -> tracks.add(OutputJson.read(json, o.json(), Track.class));
            case "smoothed" -> smoothed.add(OutputJson.read(json, o.json(), Track.class));
            case "violation" ->
                violations.add(OutputJson.read(json, o.json(), ViolationEvent.class));
            case "crossing" -> crossings.add(OutputJson.read(json, o.json(), ViolationEvent.class));
            case "warning" -> warnings.add(OutputJson.read(json, o.json(), Warning.class));
            case "alert" -> alerts.add(OutputJson.read(json, o.json(), Alert.class));
            default -> throw new IllegalArgumentException("unknown output kind " + o.kind());
          }
        } catch (RuntimeException e) {
          malformed++;
          LOG.warn(
              "output {} of region {} at {}@{} dropped: {}",
              o.seq(),
              id,
              h.partition,
              h.offset,
              e.toString());
        }
      }
      open.clear();
      scansOut++;
      scans.accept(
          new ScanOutput(
              t, new TrackBatch(t, tracks), violations, warnings, alerts, smoothed, crossings));
    }
  }
}
