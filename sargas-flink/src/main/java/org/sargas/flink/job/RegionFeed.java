package org.sargas.flink.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.model.observation.Observation;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.GateRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A region's frames on their way to scans (decision 1701): its feeds' decoders, the plausibility
 * gate and the {@link EventTimeSlicer}, driven by the releases of a keyed operator. A release
 * decodes the frames taken in (receive-time order), offers their reports in event-time order — each
 * through the gate to the slicer with event time stepped at most one slice at a time — and moves
 * event time to the slice end: exactly the calls {@code scenario run} makes. Every operator that
 * needs a region's scans (the whole pipeline, a tracking sector, the sectors' merge) runs one of
 * these on the same frames, so they all cut the same scans.
 *
 * <p>Lives in a task (not serialisable); rebuilt from the operator's log. Not thread-safe.
 */
final class RegionFeed implements DecodeListener {
  private static final Logger LOG = LoggerFactory.getLogger(RegionFeed.class);

  /** Event time only, as {@code scenario run} orders the decoded reports (stable). */
  private static final Comparator<Observation> BY_TIME = Comparator.comparing(Observation::time);

  /** The feed's counters (operator metrics). */
  record Counters(
      Counter decodeFailures, Counter unknownSourceFrames, Counter rejected, Counter late) {
    static Counters of(MetricGroup metrics) {
      return new Counters(
          metrics.counter("decodeFailures"),
          metrics.counter("unknownSourceFrames"),
          metrics.counter("gateRejections"),
          metrics.counter("lateObservations"));
    }
  }

  private final JobSettings settings;
  private final FeedDecoders feeds;
  private final BiFunction<Observation, Instant, GateRejection> gate;
  private final EventTimeSlicer.ScanHandler scans;
  private final Counters counters;
  private final EventTimeSlicer slicer;
  private final long sliceNanos;
  private final Map<String, ObservationDecoder> decoders = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();
  private final List<FrameRecord> taken = new ArrayList<>();
  private final List<Observation> decoded = new ArrayList<>();
  private final Map<Observation, Long> receiveNanos = new IdentityHashMap<>();
  private long offered;
  private long currentReceiveNanos;

  /** Whether warnings are logged (not while an operator replays its log). */
  boolean logging;

  /**
   * @param gate the plausibility gate: null if a report is admitted, else why not
   * @param scans receives the scans
   */
  RegionFeed(
      JobSettings settings,
      FeedDecoders feeds,
      BiFunction<Observation, Instant, GateRejection> gate,
      EventTimeSlicer.ScanHandler scans,
      Counters counters) {
    this.settings = settings;
    this.feeds = feeds;
    this.gate = gate;
    this.scans = scans;
    this.counters = counters;
    this.slicer = new EventTimeSlicer(settings.sliceS(), settings.latenessS());
    this.sliceNanos = Math.round(settings.sliceS() * 1e9);
  }

  /** A frame taken in (decoded at the next release). */
  void take(FrameRecord f) {
    taken.add(f);
  }

  /** Reports offered to the gate so far. */
  long offered() {
    return offered;
  }

  /**
   * Decodes the frames taken in (receive-time order), offers their reports in event-time order,
   * then moves event time to {@code nanos} (unless {@link Long#MIN_VALUE}).
   */
  void release(long nanos) {
    for (FrameRecord f : taken) {
      decode(f);
    }
    taken.clear();
    decoded.sort(BY_TIME);
    for (Observation o : decoded) {
      offerAt(o, receiveNanos.get(o));
    }
    decoded.clear();
    receiveNanos.clear();
    if (nanos != Long.MIN_VALUE) {
      stepTo(nanos);
    }
  }

  /**
   * End of input: the frames taken in, the scans up to the end of data ({@link
   * JobSettings#endOfDataNanos}, else the last watermark), the slicer's flush.
   *
   * @return the event time the pipeline is flushed at, epoch ns
   */
  long finish() {
    release(Long.MIN_VALUE);
    long end =
        settings.endOfDataNanos() != Long.MIN_VALUE
            ? settings.endOfDataNanos()
            : slicer.watermarkNanos();
    for (long w = slicer.watermarkNanos(); w != Long.MIN_VALUE && w < end; w += sliceNanos) {
      slicer.advance(Math.min(end, w + sliceNanos), scans);
    }
    slicer.flush(scans);
    return Math.max(end, slicer.lastScanEndNanos());
  }

  private void decode(FrameRecord f) {
    ObservationDecoder decoder = decoders.get(f.sourceId());
    if (decoder == null) {
      decoder = feeds.decoderFor(f.sourceId());
      if (decoder == null) {
        counters.unknownSourceFrames().inc();
        if (unknown.add(f.sourceId()) && logging) {
          LOG.warn(
              "frames of unknown source {} dropped (first at offset {})",
              f.sourceId(),
              f.sourceOffset());
        }
        return;
      }
      decoders.put(f.sourceId(), decoder);
    }
    currentReceiveNanos = f.receiveNanos();
    decoder.decode(
        f.payload(), 0, f.payload().length, f.receiveTime(), f.sourceId(), f.sourceOffset(), this);
  }

  @Override
  public void observation(Observation o) {
    decoded.add(o);
    receiveNanos.put(o, currentReceiveNanos);
  }

  @Override
  public void failure(DecodeFailure failure) {
    counters.decodeFailures().inc();
    if (logging) {
      LOG.debug("decode failure {}", failure);
    }
  }

  /**
   * Event time moves to the report's time (in steps of at most a slice, as the node's clock ticks),
   * then the report goes through the gate to the slicer.
   */
  private void offerAt(Observation o, long receivedNanos) {
    stepTo(EventTimeSlicer.nanos(o.time()));
    offered++;
    if (gate.apply(o, Instant.ofEpochSecond(0, receivedNanos)) != null) {
      counters.rejected().inc();
    } else if (!slicer.offer(o)) {
      counters.late().inc();
    }
  }

  /** Moves event time to {@code nanos} in steps of at most one slice. */
  private void stepTo(long nanos) {
    for (long w = slicer.watermarkNanos();
        w != Long.MIN_VALUE && w + sliceNanos < nanos;
        w += sliceNanos) {
      slicer.advance(w + sliceNanos, scans);
    }
    slicer.advance(nanos, scans);
  }
}
