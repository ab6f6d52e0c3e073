package org.sargas.flink.job;

import java.time.Instant;
import java.util.function.BiFunction;
import org.apache.flink.util.Collector;
import org.sargas.model.observation.Observation;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.GateRejection;

/**
 * What one key of the job's operators runs on its region's frames: a {@link RegionFeed} whose scans
 * go to this key ({@link #scan}), the key's end ({@link #finish}), driven by a {@link FrameLog}.
 * Lives in a task; rebuilt from the log. Not thread-safe.
 */
abstract class KeyedFeed<O> implements EventTimeSlicer.ScanHandler {
  /** The key's decoders, gate and slicer. */
  final RegionFeed feed;

  /** Whether {@link #finish} has run. */
  boolean ended;

  /**
   * @param gate the plausibility gate: null if a report is admitted, else why not
   */
  KeyedFeed(
      JobSettings settings,
      FeedDecoders feeds,
      BiFunction<Observation, Instant, GateRejection> gate,
      RegionFeed.Counters counters) {
    this.feed = new RegionFeed(settings, feeds, gate, this, counters);
  }

  /** A frame taken in (decoded at the next release). */
  final void take(FrameRecord f) {
    feed.take(f);
  }

  /**
   * The frames taken in are decoded and offered; event time moves to {@code nanos} (unless {@link
   * Long#MIN_VALUE}).
   */
  final void release(long nanos) {
    feed.release(nanos);
  }

  /** End of the input: the remaining scans and the flush; sets {@link #ended}. */
  abstract void finish();

  /** Where the key's outputs go from now on; null to suppress them (while replaying its log). */
  abstract void output(Collector<O> out);
}
