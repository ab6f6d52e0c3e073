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
 * @param violationEvents violation life-cycle events (domestic traffic and crossings removed)
 * @param warnings predicted entries issued by the early warning
 * @param alerts alerts raised: violations, crossings, early warnings, runway suspensions and
 *     all-clears, in that order
 * @param smoothedTracks the tracker's fixed-lag smoothed updates that became final in this scan
 *     (earlier than the scan time by about the smoothing lag), in time order
 * @param crossingEvents life-cycle events of cleared traffic inside protected zones (flights on
 *     their filed route, state aircraft within their clearance): recorded, not violations
 */
public record ScanOutput(
    Instant scanTime,
    TrackBatch tracks,
    List<ViolationEvent> violationEvents,
    List<Warning> warnings,
    List<Alert> alerts,
    List<Track> smoothedTracks,
    List<ViolationEvent> crossingEvents) {
  public ScanOutput {
    smoothedTracks = smoothedTracks == null ? List.of() : List.copyOf(smoothedTracks);
    crossingEvents = crossingEvents == null ? List.of() : List.copyOf(crossingEvents);
    violationEvents = List.copyOf(violationEvents);
    warnings = List.copyOf(warnings);
    alerts = List.copyOf(alerts);
  }

  /** A scan output without smoothed updates and crossings. */
  public ScanOutput(
      Instant scanTime,
      TrackBatch tracks,
      List<ViolationEvent> violationEvents,
      List<Warning> warnings,
      List<Alert> alerts) {
    this(scanTime, tracks, violationEvents, warnings, alerts, List.of(), List.of());
  }
}
