package org.sargas.pipeline;

import java.time.Instant;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.Warning;
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
 */
public record ScanOutput(
    Instant scanTime,
    TrackBatch tracks,
    List<ViolationEvent> violationEvents,
    List<Warning> warnings,
    List<Alert> alerts) {
  public ScanOutput {
    violationEvents = List.copyOf(violationEvents);
    warnings = List.copyOf(warnings);
    alerts = List.copyOf(alerts);
  }
}
