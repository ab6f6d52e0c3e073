package org.sargas.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.server.ingest.FrameSink;

class InputWatermarksTest {
  private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

  /** A clock the test moves. */
  private static final class StepClock implements InstantSource {
    Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static long ns(Instant t) {
    return EventTimeSlicer.nanos(t);
  }

  @Test
  void idleInputsFollowTheClockAndQueuedFramesHoldTheWatermark() {
    StepClock clock = new StepClock();
    InputWatermarks w = new InputWatermarks(clock, 1.0);
    InputWatermarks.Slot radar = w.register("radar");
    InputWatermarks.Slot adsb = w.register("adsb");
    List<RawFrame> queue = new ArrayList<>();
    FrameSink radarSink = radar.sink((f, o) -> queue.add(f));
    FrameSink adsbSink = adsb.sink((f, o) -> queue.add(f));

    // nothing received: the watermark is the clock
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0));

    // the radar sends a frame at T0 + 10 ms; the clock moves on to T0 + 50 ms
    clock.now = T0.plusMillis(10);
    radarSink.frame(frame("radar", radar.clock()), 0);
    clock.now = T0.plusMillis(50);
    // not yet processed: nothing of the radar's may be closed past its last processed frame
    assertThat(w.watermarkNanos()).isEqualTo(Long.MIN_VALUE);
    radar.processed(queue.get(0).receiveTime());
    // processed: both inputs idle, the clock
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(50)));

    // ADS-B queues two frames; the first processed
    clock.now = T0.plusMillis(60);
    adsbSink.frame(frame("adsb", adsb.clock()), 0);
    clock.now = T0.plusMillis(70);
    adsbSink.frame(frame("adsb", adsb.clock()), 1);
    adsb.processed(queue.get(1).receiveTime());
    clock.now = T0.plusMillis(90);
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(60)));
    adsb.processed(queue.get(2).receiveTime());
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(90)));
  }

  @Test
  void aFrameBetweenItsStampAndTheQueueHoldsTheWatermarkAtItsStamp() {
    StepClock clock = new StepClock();
    InputWatermarks w = new InputWatermarks(clock, 1.0);
    InputWatermarks.Slot radar = w.register("radar");
    List<RawFrame> queue = new ArrayList<>();
    clock.now = T0.plusMillis(20);
    RawFrame f = frame("radar", radar.clock()); // stamped, not yet in the queue
    clock.now = T0.plusMillis(80);
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(20)));
    radar.sink((fr, o) -> queue.add(fr)).frame(f, 0);
    radar.processed(f.receiveTime());
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(80)));
    // a mark left behind by a reader that failed before the queue is ignored after a second
    frame("radar", radar.clock());
    clock.now = T0.plusMillis(2000);
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(2000)));
  }

  @Test
  void aFrameTheQueueRefusedDoesNotHoldTheWatermark() {
    StepClock clock = new StepClock();
    InputWatermarks w = new InputWatermarks(clock, 1.0);
    InputWatermarks.Slot radar = w.register("radar");
    radar.sink((f, o) -> false).frame(frame("radar", radar.clock()), 0);
    clock.now = T0.plusMillis(30);
    assertThat(w.watermarkNanos()).isEqualTo(ns(T0.plusMillis(30)));
  }

  /**
   * Four reader threads on the real clock race a pipeline thread that takes the watermark between
   * frames: no frame it processes afterwards was received before a watermark it had already taken
   * (no report of a tracked input can be late for a slice closed at the watermark).
   */
  @Test
  void noFrameArrivesBehindTheWatermarkUnderConcurrentReaders() throws Exception {
    InstantSource clock = Clock.systemUTC();
    InputWatermarks w = new InputWatermarks(clock, 1.0);
    BlockingQueue<RawFrame> queue = new ArrayBlockingQueue<>(1 << 16);
    int readers = 4;
    int perReader = 20_000;
    List<Thread> threads = new ArrayList<>();
    List<InputWatermarks.Slot> slots = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      InputWatermarks.Slot s = w.register("in" + r);
      slots.add(s);
      FrameSink sink = s.sink((f, o) -> queue.offer(f));
      InstantSource stamp = s.clock();
      String id = "in" + r;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < perReader; i++) {
                      sink.frame(frame(id, stamp), i);
                      if (i % 97 == 0) {
                        Thread.yield();
                      }
                    }
                  }));
    }
    AtomicBoolean done = new AtomicBoolean();
    Thread.ofPlatform()
        .start(
            () -> {
              for (Thread t : threads) {
                try {
                  t.join();
                } catch (InterruptedException e) {
                  return;
                }
              }
              done.set(true);
            });
    long watermark = Long.MIN_VALUE;
    long behind = 0;
    long processed = 0;
    while (!done.get() || !queue.isEmpty()) {
      RawFrame f = queue.poll(10, TimeUnit.MILLISECONDS);
      if (f != null) {
        if (ns(f.receiveTime()) < watermark) {
          behind++;
        }
        slots.get(f.sourceId().charAt(2) - '0').processed(f.receiveTime());
        processed++;
      }
      watermark = Math.max(watermark, w.watermarkNanos());
    }
    assertThat(processed).isEqualTo((long) readers * perReader);
    assertThat(behind).isZero();
  }

  private static RawFrame frame(String input, InstantSource clock) {
    return new RawFrame(input, clock.instant(), new byte[] {1}, FrameFormat.ASTERIX);
  }
}
