package org.sargas.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrustAssessment;
import org.sargas.pipeline.trust.TrustStage;

/**
 * The trust stage's place in the {@link SurveillancePipeline}: after a scan, its tracks take their
 * trust assessment, its violations their corroboration, its violation alerts a note when the track
 * is suspect, and GNSS-interference advisories join its alerts (docs/security.md, "Spoofing and
 * interference"). Not thread-safe (the pipeline's writer).
 */
final class TrustReview {
  private final TrustStage stage;

  TrustReview(PipelineSetup setup) {
    this.stage = new TrustStage(setup.region(), setup.sensors(), setup.trust());
  }

  /** The scan's output reviewed against the scan's observations. */
  ScanOutput review(List<Observation> observations, ScanOutput out) {
    stage.observe(out.scanTime(), observations);
    TrackBatch tracks = new TrackBatch(out.scanTime(), stage.assess(out.tracks().tracks()));
    List<ViolationEvent> events = new ArrayList<>(out.violationEvents().size());
    for (ViolationEvent e : out.violationEvents()) {
      events.add(stage.corroborate(e));
    }
    List<Alert> advisories = stage.takeAdvisories();
    List<Alert> alerts = new ArrayList<>(out.alerts().size() + advisories.size());
    for (Alert a : out.alerts()) {
      alerts.add(noted(a));
    }
    alerts.addAll(advisories);
    return new ScanOutput(
        out.scanTime(),
        tracks,
        events,
        out.warnings(),
        alerts,
        out.smoothedTracks(),
        out.crossingEvents());
  }

  /** A violation alert of a suspect track says so. */
  private Alert noted(Alert a) {
    if (a.kind() != AlertKind.VIOLATION || a.trackId() == null) {
      return a;
    }
    TrustAssessment t = stage.trackTrust(a.trackId());
    if (!t.suspect()) {
      return a;
    }
    return new Alert(
        a.alertId(),
        a.kind(),
        a.severity(),
        a.time(),
        a.trackId(),
        a.zoneId(),
        a.message() + " — UNCORROBORATED: suspect track (" + t.reasons() + ")",
        a.predictedEntryTime(),
        a.leadTimeS(),
        a.predictedEntryPoint());
  }

  /** The stage (its counters). */
  TrustStage stage() {
    return stage;
  }
}
