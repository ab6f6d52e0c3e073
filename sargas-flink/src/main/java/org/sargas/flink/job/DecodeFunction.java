package org.sargas.flink.job;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.model.observation.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames → observations with each feed's decoder ({@link FeedDecoders}). A frame that does not
 * decode is logged with its source, offset and reason, counted ({@code decodeFailures}) and
 * dropped; the job keeps running. Stateless between frames for the formats a scenario sends
 * (ASTERIX, Remote ID, SAPIENT); a Beast feed's CPR pairing starts afresh after a restore.
 */
public final class DecodeFunction extends RichFlatMapFunction<FrameRecord, SensedObservation> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DecodeFunction.class);

  private final FeedDecoders feeds;
  private transient Map<String, ObservationDecoder> decoders;
  private transient Set<String> unknown;
  private transient Counter failures;
  private transient Counter unknownFrames;
  private transient Counter observations;

  public DecodeFunction(FeedDecoders feeds) {
    this.feeds = feeds;
  }

  @Override
  public void open(OpenContext context) {
    decoders = new HashMap<>();
    unknown = new HashSet<>();
    failures = getRuntimeContext().getMetricGroup().counter("decodeFailures");
    unknownFrames = getRuntimeContext().getMetricGroup().counter("unknownSourceFrames");
    observations = getRuntimeContext().getMetricGroup().counter("observations");
  }

  @Override
  public void flatMap(FrameRecord frame, Collector<SensedObservation> out) {
    ObservationDecoder decoder = decoders.get(frame.sourceId());
    if (decoder == null) {
      decoder = feeds.decoderFor(frame.sourceId());
      if (decoder == null) {
        unknownFrames.inc();
        if (unknown.add(frame.sourceId())) {
          LOG.warn(
              "frames of unknown source {} dropped (first at offset {})",
              frame.sourceId(),
              frame.sourceOffset());
        }
        return;
      }
      decoders.put(frame.sourceId(), decoder);
    }
    long receiveNanos = frame.receiveNanos();
    decoder.decode(
        frame.payload(),
        0,
        frame.payload().length,
        frame.receiveTime(),
        frame.sourceId(),
        frame.sourceOffset(),
        new DecodeListener() {
          @Override
          public void observation(Observation o) {
            observations.inc();
            out.collect(new SensedObservation(o, receiveNanos));
          }

          @Override
          public void failure(DecodeFailure f) {
            failures.inc();
            LOG.debug("decode failure {}", f);
          }
        });
  }
}
