package org.sargas.pipeline;

import java.time.Instant;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;

/**
 * What one scan of the {@link SurveillancePipeline} produced.
 *
 * @param scanTime event time of the scan
 * @param tracks every track the scan changed (domestic ones included)
 * @param violationEvents violation life-cycle events (domestic traffic removed)
 * @param warnings predicted entries issued by the early warning
 * @param alerts alerts raised: violations, early warnings, runway suspensions and all-clears, in
 *     that order
 * @param smoothedTracks the tracker's fixed-lag smoothed updates that became final in this scan
 *     (earlier than the scan time by about the smoothing lag), in time order
 */
public record ScanOutput(
    Instant scanTime,
    TrackBatch tracks,
    List<ViolationEvent> violationEvents,
    List<Warning> warnings,
    List<Alert> alerts,
    List<Track> smoothedTracks) {
  public ScanOutput {
    smoothedTracks = smoothedTracks == null ? List.of() : List.copyOf(smoothedTracks);
    violationEvents = List.copyOf(violationEvents);
    warnings = List.copyOf(warnings);
    alerts = List.copyOf(alerts);
  }

  /** A scan output without smoothed updates. */
  public ScanOutput(
      Instant scanTime,
      TrackBatch tracks,
      List<ViolationEvent> violationEvents,
      List<Warning> warnings,
      List<Alert> alerts) {
    this(scanTime, tracks, violationEvents, warnings, alerts, List.of());
  }
}
