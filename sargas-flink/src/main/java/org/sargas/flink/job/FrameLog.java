package org.sargas.flink.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.util.Collector;

/**
 * The keyed state and event-time driving every operator of the job shares (decision 1701): frames
 * are held until Flink's watermark passes them; an event-time timer at every slice end releases the
 * frames before it (in receive-time order) and moves event time to the slice end; every slice runs,
 * with frames or without; the final watermark ends the input. The checkpointed state is the key's
 * log ({@link RegionLogEntry}: every frame taken in, every release, the end) and the frames still
 * waiting; on restore the key's first call replays the log into a fresh {@link KeyedFeed} with its
 * outputs suppressed, which rebuilds the same state.
 *
 * <p>Built in a function's {@code open}; not serialisable.
 */
final class FrameLog {
  /** Receive time, then source id: one source's frames keep their order (the sort is stable). */
  private static final Comparator<FrameRecord> BY_RECEIVE_TIME =
      Comparator.comparingLong(FrameRecord::receiveNanos).thenComparing(FrameRecord::sourceId);

  private final ListState<RegionLogEntry> log;
  private final ListState<FrameRecord> waiting;
  private final long sliceMs;
  private final Counter late;
  private final Counter replayed;

  /**
   * @param counters the feed's counters ({@code late} also counts frames after the end)
   */
  FrameLog(RuntimeContext context, long sliceMs, RegionFeed.Counters counters) {
    this.log = context.getListState(new ListStateDescriptor<>("region-log", RegionLogEntry.class));
    this.waiting =
        context.getListState(new ListStateDescriptor<>("region-waiting", FrameRecord.class));
    this.sliceMs = sliceMs;
    this.late = counters.late();
    this.replayed = context.getMetricGroup().counter("replayedLogEntries");
  }

  /**
   * A frame of the current key: held for its slice end, or taken at once if behind the watermark.
   */
  <O> void frame(KeyedFeed<O> s, Collector<O> out, FrameRecord frame, TimerService timers)
      throws Exception {
    if (s.ended) {
      late.inc();
      return;
    }
    s.output(out);
    if (frame.eventTimeMs() <= timers.currentWatermark()) {
      // Behind the watermark: its slice may have run; the slicer decides (late, or taken).
      take(s, frame);
      release(s, Long.MIN_VALUE);
      return;
    }
    waiting.add(frame);
    timers.registerEventTimeTimer((Math.floorDiv(frame.eventTimeMs(), sliceMs) + 1) * sliceMs);
  }

  /**
   * The timer at a slice end ({@code timestamp}, ms): releases the frames before it and registers
   * the next slice's timer; at the final watermark, takes every frame and ends the key.
   */
  <O> void timer(KeyedFeed<O> s, Collector<O> out, long timestamp, TimerService timers)
      throws Exception {
    if (s.ended) {
      return;
    }
    s.output(out);
    boolean end = timers.currentWatermark() == Long.MAX_VALUE;
    long nanos = timestamp * 1_000_000L;
    List<FrameRecord> ready = new ArrayList<>();
    List<FrameRecord> keep = new ArrayList<>();
    Iterable<FrameRecord> held = waiting.get();
    if (held != null) {
      for (FrameRecord f : held) {
        (end || f.receiveNanos() < nanos ? ready : keep).add(f);
      }
    }
    ready.sort(BY_RECEIVE_TIME);
    for (FrameRecord f : ready) {
      take(s, f);
    }
    waiting.update(keep);
    if (end) {
      log.add(new RegionLogEntry(RegionLogEntry.END, null, Long.MIN_VALUE));
      s.finish();
      return;
    }
    release(s, nanos);
    // Every slice runs, with reports or without (tracks coast), as the node's clock ticks.
    timers.registerEventTimeTimer(timestamp + sliceMs);
  }

  /** Rebuilds a fresh key's state from its log (nothing if it has none). */
  void replay(KeyedFeed<?> s) throws Exception {
    Iterable<RegionLogEntry> entries = log.get();
    if (entries == null) {
      return;
    }
    for (RegionLogEntry e : entries) {
      replayed.inc();
      switch (e.kind()) {
        case RegionLogEntry.FRAME -> s.take(e.frame());
        case RegionLogEntry.RELEASE -> s.release(e.nanos());
        case RegionLogEntry.END -> s.finish();
        default -> throw new IllegalStateException("unknown log entry kind " + e.kind());
      }
    }
  }

  private void take(KeyedFeed<?> s, FrameRecord f) throws Exception {
    log.add(new RegionLogEntry(RegionLogEntry.FRAME, f, Long.MIN_VALUE));
    s.take(f);
  }

  private void release(KeyedFeed<?> s, long nanos) throws Exception {
    log.add(new RegionLogEntry(RegionLogEntry.RELEASE, null, nanos));
    s.release(nanos);
  }
}
