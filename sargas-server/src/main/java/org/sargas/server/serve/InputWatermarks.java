package org.sargas.server.serve;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.server.ingest.FrameSink;

/**
 * The live node's event-time watermark from its inputs (decision 1209): the latest receive time
 * before which no frame of any input can still reach the pipeline.
 *
 * <p>Receive times are stamped by the node's own clock, one reader thread per input, in the order
 * the frames enter the ingest queue. So the pipeline thread knows each input's position exactly: an
 * input with frames still queued is at the receive time of the last one it processed; an input with
 * a frame between its stamp and the queue is at that stamp's lower bound; an idle input is at "now"
 * — any frame it sends later is stamped later. The node's watermark is the least of these, so a
 * slice closes as soon as every input has passed its end, with no allowance for reordering between
 * inputs (the slicer's lateness then only covers reports measured before they were received). An
 * idle input never holds the watermark back, and a busy one holds it only to what it has really
 * sent.
 *
 * <p>Protocol, per frame of a tracked input (reader thread): {@link Slot#clock()} marks the input
 * in flight with a lower bound of the stamp, then stamps; the sink from {@link Slot#sink} counts
 * the frame once it is in the queue and clears the mark. The pipeline thread reads the clock first,
 * then each mark, then each count ({@link #watermarkNanos()}), and counts what it processes ({@link
 * Slot#processed}). Inputs whose frames are not stamped by the node's clock (capture files, sensors
 * that send their own time, several reader threads) are not tracked: their reports are sliced by
 * event time like any other and are late if they arrive after their slice closed.
 */
public final class InputWatermarks {
  /** Mark of an input with no frame between its stamp and the queue. */
  private static final long IDLE = Long.MAX_VALUE;

  private final InstantSource clock;
  private final long staleMarkNanos;
  private final List<Slot> slots = new ArrayList<>();
  private Slot[] slotArray = new Slot[0];

  /**
   * @param clock the node's clock (the one that stamps the tracked inputs' frames)
   * @param staleMarkS a mark older than this is ignored (a reader that read the clock and then
   *     failed before the queue), s
   */
  public InputWatermarks(InstantSource clock, double staleMarkS) {
    this.clock = clock;
    this.staleMarkNanos = Math.round(staleMarkS * 1e9);
  }

  /** A tracked input. Register every input before the first frame. */
  public synchronized Slot register(String inputId) {
    Slot s = new Slot(inputId);
    slots.add(s);
    slotArray = slots.toArray(new Slot[0]);
    return s;
  }

  /** Tracked inputs. */
  public synchronized int size() {
    return slots.size();
  }

  /**
   * The watermark, epoch ns (pipeline thread): no frame of a tracked input that the pipeline has
   * not yet processed, or will receive later, has an earlier receive time.
   */
  public long watermarkNanos() {
    long now = EventTimeSlicer.nanos(clock.instant());
    long w = now;
    for (Slot s : slotArray) {
      long mark = s.mark; // the mark before the count: see the class comment
      long enqueued = s.enqueued.get();
      long at;
      if (enqueued != s.processed) {
        at = s.lastProcessedNanos; // its queued frames are no earlier than that
      } else if (mark != IDLE && now - mark < staleMarkNanos) {
        at = mark;
      } else {
        at = now;
      }
      if (at < w) {
        w = at;
      }
    }
    return w;
  }

  /** One tracked input. */
  public final class Slot {
    private final String inputId;
    private volatile long mark = IDLE;
    private final AtomicLong enqueued = new AtomicLong();
    // pipeline thread only
    private long processed;
    private long lastProcessedNanos = Long.MIN_VALUE;

    private Slot(String inputId) {
      this.inputId = inputId;
    }

    /** The input's id. */
    public String inputId() {
      return inputId;
    }

    /** The clock the input's reader stamps its frames with: marks the input in flight first. */
    public InstantSource clock() {
      return () -> {
        mark = EventTimeSlicer.nanos(clock.instant());
        return clock.instant();
      };
    }

    /**
     * The input's sink: {@code enqueue} puts the frame in the ingest queue and says whether it did
     * (a frame the queue refused is not counted); the mark is cleared either way.
     */
    public FrameSink sink(EnqueueingSink enqueue) {
      return (f, offset) -> {
        try {
          if (enqueue.enqueue(f, offset)) {
            enqueued.incrementAndGet();
          }
        } finally {
          mark = IDLE;
        }
      };
    }

    /** The pipeline took one of this input's frames, received at {@code receiveTime}. */
    public void processed(Instant receiveTime) {
      processed++;
      lastProcessedNanos = EventTimeSlicer.nanos(receiveTime);
    }
  }

  /** Puts a frame in the ingest queue. */
  @FunctionalInterface
  public interface EnqueueingSink {
    /**
     * @return true if the frame is in the queue
     */
    boolean enqueue(org.sargas.model.frame.RawFrame frame, long offset);
  }
}
