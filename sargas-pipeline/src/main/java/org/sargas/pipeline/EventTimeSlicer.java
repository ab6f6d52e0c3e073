package org.sargas.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sargas.model.observation.Observation;

/**
 * Cuts admitted observations into tracker scans by event time. Scans are slices of {@code sliceS}
 * aligned to the epoch; the slice ending at {@code E} is handed over once the watermark reaches
 * {@code E + latenessS}. The watermark is whatever the runtime trusts as "event time has passed":
 * the newest receive time and idle clock ticks in the live node, the event time itself in a
 * simulation. An observation whose slice has already run is late: {@link #offer} refuses it and the
 * runtime counts it — unless its input allows more lateness ({@link #offer(Observation, double)}: a
 * neighbour's system tracks arrive seconds after their time of track information), then it joins
 * the next slice and the tracker takes it out of sequence. When the watermark jumps more than ten
 * slices and at least ten seconds ahead with nothing pending (a feed resumed after a pause), the
 * empty slices in between are skipped; shorter gaps run every empty slice, so a live node whose
 * watermark follows the clock and a replay whose watermark jumps with the data run the same scans.
 *
 * <p>Slices depend only on event times and the watermark sequence, so the same frames give the same
 * scans in a scenario run, in the live node and in a replay. Not thread-safe: one writer.
 */
public final class EventTimeSlicer {
  /** Receives the scans in order. */
  @FunctionalInterface
  public interface ScanHandler {
    /**
     * @param scanTime the slice's end (exclusive)
     * @param observations the slice's observations, ascending event time, ties by sensor id (one
     *     sensor's ties in arrival order)
     */
    void scan(Instant scanTime, List<Observation> observations);
  }

  /**
   * Event time, then sensor id: reports of different sensors with the same time stamp are taken in
   * the same order whatever order their sockets delivered them in (live and scenario agree); one
   * sensor's ties keep their arrival order (the sort is stable).
   */
  private static final Comparator<Observation> BY_TIME =
      Comparator.comparing(Observation::time).thenComparing(Observation::sensorId);

  private static final long MIN_SKIP_NANOS = 10_000_000_000L;

  private final long sliceNanos;
  private final long latenessNanos;
  private final long skipNanos;
  private List<Observation> pending = new ArrayList<>();
  private List<Observation> keep = new ArrayList<>();
  private long watermarkNanos = Long.MIN_VALUE;
  private long nextScanEndNanos = Long.MIN_VALUE;
  private long lastScanEndNanos = Long.MIN_VALUE;

  /**
   * @param sliceS event-time length of a scan, s (> 0)
   * @param latenessS how long a scan waits for late reports after its end, s (≥ 0)
   */
  public EventTimeSlicer(double sliceS, double latenessS) {
    if (!(sliceS > 0) || !(latenessS >= 0)) {
      throw new IllegalArgumentException("sliceS must be > 0 and latenessS >= 0");
    }
    this.sliceNanos = Math.round(sliceS * 1e9);
    this.latenessNanos = Math.round(latenessS * 1e9);
    this.skipNanos = Math.max(10 * sliceNanos, MIN_SKIP_NANOS);
  }

  /**
   * Buffers an observation for its slice.
   *
   * @return false if its slice has already run (late; not buffered)
   */
  public boolean offer(Observation o) {
    return offer(o, latenessNanos);
  }

  /**
   * Buffers an observation of an input that allows {@code latenessS} of lateness: one whose slice
   * has already run is still taken, into the next slice, when the watermark is at most {@code
   * latenessS} past its event time. With the slicer's own lateness (or less) this is {@link
   * #offer(Observation)}: a report whose slice ran is always more than that late.
   *
   * @param latenessS the input's lateness allowance, s (≥ 0)
   * @return false if it is later than that (not buffered)
   */
  public boolean offer(Observation o, double latenessS) {
    return offer(o, Math.round(latenessS * 1e9));
  }

  private boolean offer(Observation o, long allowedNanos) {
    long t = nanos(o.time());
    if (lastScanEndNanos != Long.MIN_VALUE
        && t < lastScanEndNanos
        && !(watermarkNanos != Long.MIN_VALUE && watermarkNanos - t <= allowedNanos)) {
      return false;
    }
    pending.add(o);
    if (nextScanEndNanos == Long.MIN_VALUE) {
      nextScanEndNanos = Math.floorDiv(t, sliceNanos) * sliceNanos + sliceNanos;
    }
    return true;
  }

  /** Moves the watermark (never backwards) and runs every slice it completes. */
  public void advance(Instant watermark, ScanHandler handler) {
    advance(nanos(watermark), handler);
  }

  /** {@link #advance(Instant, ScanHandler)} with the watermark in epoch nanoseconds. */
  public void advance(long watermark, ScanHandler handler) {
    if (watermark > watermarkNanos) {
      watermarkNanos = watermark;
    }
    while (nextScanEndNanos != Long.MIN_VALUE
        && watermarkNanos - latenessNanos >= nextScanEndNanos) {
      if (pending.isEmpty() && watermarkNanos - latenessNanos - nextScanEndNanos > skipNanos) {
        nextScanEndNanos = Math.floorDiv(watermarkNanos - latenessNanos, sliceNanos) * sliceNanos;
      }
      runSlice(nextScanEndNanos, handler);
      lastScanEndNanos = nextScanEndNanos;
      nextScanEndNanos += sliceNanos;
    }
  }

  /** End of data: runs every slice up to the last pending observation's (and two more). */
  public void flush(ScanHandler handler) {
    if (nextScanEndNanos != Long.MIN_VALUE) {
      long last = nextScanEndNanos;
      for (Observation o : pending) {
        last = Math.max(last, nanos(o.time()));
      }
      advance(Math.max(watermarkNanos, last + latenessNanos + sliceNanos * 2), handler);
    }
  }

  private void runSlice(long endNanos, ScanHandler handler) {
    List<Observation> slice = new ArrayList<>();
    if (!pending.isEmpty()) {
      pending.sort(BY_TIME); // stable: one sensor's ties keep their arrival order
      keep.clear();
      for (Observation o : pending) {
        if (nanos(o.time()) < endNanos) {
          slice.add(o);
        } else {
          keep.add(o);
        }
      }
      List<Observation> swap = pending;
      pending = keep;
      keep = swap;
    }
    handler.scan(Instant.ofEpochSecond(0, endNanos), slice);
  }

  /** The end of the last slice run (epoch ns), or {@code Long.MIN_VALUE} before the first. */
  public long lastScanEndNanos() {
    return lastScanEndNanos;
  }

  /**
   * The watermark (epoch ns) at which the next slice runs — its end plus the lateness — or {@code
   * Long.MIN_VALUE} before the first observation.
   */
  public long nextDueNanos() {
    return nextScanEndNanos == Long.MIN_VALUE ? Long.MIN_VALUE : nextScanEndNanos + latenessNanos;
  }

  /** The watermark (epoch ns), or {@code Long.MIN_VALUE} before the first. */
  public long watermarkNanos() {
    return watermarkNanos;
  }

  /** Observations waiting for their slice. */
  public int pendingCount() {
    return pending.size();
  }

  /** Epoch nanoseconds of an instant. */
  public static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
