package org.sargas.flink.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.util.Collector;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.track.Track;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.ScanOutput;

/**
 * A region's outputs, numbered: each scan's tracks, smoothed tracks, violation and crossing events,
 * warnings and alerts, in that order, as {@link RegionOutput}s with the region's next sequence
 * numbers. While the operator replays its log the outputs are suppressed ({@link #out} null) and
 * the numbering still advances, so a restored region numbers its outputs as an undisturbed run. Not
 * thread-safe.
 */
final class ScanEmitter {
  private final JobSettings settings;
  private final long region;
  private final ObjectMapper json;
  private long seq;

  /** Where outputs go; null while replaying (suppressed). */
  Collector<RegionOutput> out;

  ScanEmitter(JobSettings settings, long region, ObjectMapper json) {
    this.settings = settings;
    this.region = region;
    this.json = json;
  }

  /** Outputs numbered so far (the next sequence number). */
  long count() {
    return seq;
  }

  /** One scan's outputs. */
  void emit(ScanOutput r) {
    long scanNanos = EventTimeSlicer.nanos(r.scanTime());
    for (Track t : r.tracks().tracks()) {
      send(settings.tracksTopic(), "track", scanNanos, t.trackId(), t);
    }
    for (Track t : r.smoothedTracks()) {
      send(settings.tracksTopic(), "smoothed", scanNanos, t.trackId(), t);
    }
    for (ViolationEvent e : r.violationEvents()) {
      send(settings.violationsTopic(), "violation", scanNanos, e.violation().violationId(), e);
    }
    for (ViolationEvent e : r.crossingEvents()) {
      send(settings.violationsTopic(), "crossing", scanNanos, e.violation().violationId(), e);
    }
    for (Warning w : r.warnings()) {
      send(settings.warningsTopic(), "warning", scanNanos, w.zoneId(), w);
    }
    for (Alert a : r.alerts()) {
      send(settings.alertsTopic(), "alert", scanNanos, a.alertId(), a);
    }
  }

  private void send(String topic, String kind, long scanNanos, String key, Object record) {
    long n = seq++;
    if (out != null) {
      out.collect(
          new RegionOutput(topic, kind, region, scanNanos, n, key, OutputJson.write(json, record)));
    }
  }
}
