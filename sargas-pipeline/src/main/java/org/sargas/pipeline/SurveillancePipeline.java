package org.sargas.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.sargas.airspace.airport.RunwaySuspension;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.warning.EarlyWarning;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.Warning;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.pipeline.identity.IdentityStage;
import org.sargas.pipeline.sector.SectorHandover;
import org.sargas.pipeline.sector.SectorTracker;
import org.sargas.pipeline.sector.SectoredTracker;
import org.sargas.pipeline.trust.TrustStage;

/**
 * The air picture's stages in their one order, for one scan of observations:
 *
 * <pre>
 * tracker (predict, gate, associate, update, initiate, delete, classify)
 *   → identity (STANAG 1241) → domestic-traffic rule → airspace monitor (violations, crossings)
 *   → early warning
 * tracker's fixed-lag smoothed updates → airspace monitor (smoothed) → revisions of the violations
 *   → runway suspension per airport → alert policy
 * </pre>
 *
 * The {@link PlausibilityGate} runs before, per report ({@link #admit}), because it needs the
 * receive time; {@link EventTimeSlicer} cuts the admitted reports into scans. Scenario runs, the
 * live node and replays drive this same object; a Flink job runs its stages one per operator.
 *
 * <p>Event time only: the scan time is the clock of every stage. Not thread-safe: one writer owns
 * it (the pipeline thread, or a keyed operator).
 */
public final class SurveillancePipeline {
  private final PipelineSetup setup;
  private final PlausibilityGate gate;
  private final SectoredTracker tracker;
  private final DomesticTrackFilter domestic;
  private final AirspaceMonitor monitor;
  private final EarlyWarning earlyWarning;
  private final List<RunwaySuspension> suspensions = new ArrayList<>();
  private final AlertPolicy alerts = new AlertPolicy();
  private final TrustReview trust;

  /**
   * Tracks are smoothed while within this distance of a watched zone's boundary, or inside one, m:
   * 75 s ahead of an entry at 400 m/s, so the smoothed track is well established when it crosses.
   */
  static final double SMOOTHING_REACH_M = 30_000;

  private final AirspaceMonitor smoothedMonitor;
  private final ViolationReviser reviser = new ViolationReviser();
  private final IdentityStage identity;

  /** Identity at entry of recently closed violations, for their late smoothed revisions. */
  private final Map<String, IdentityAssessment> closedIdentity =
      new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IdentityAssessment> eldest) {
          return size() > 10_000;
        }
      };

  private final Map<String, IdentityAssessment> entryIdentity = new HashMap<>();
  private final Set<String> crossings = new HashSet<>();
  private long domesticSuppressed;

  /** A pipeline whose tracking sectors (if several) run one after the other. */
  public SurveillancePipeline(PipelineSetup setup) {
    this(setup, null);
  }

  /**
   * A pipeline whose tracking sectors run in parallel on {@code sectorExecutor} (the caller's
   * thread runs sector 0); results are the same as without it.
   *
   * @param sectorExecutor runs sectors 1.. ; null to run them on the caller's thread
   */
  public SurveillancePipeline(PipelineSetup setup, Executor sectorExecutor) {
    this.setup = setup;
    this.gate = new PlausibilityGate(setup.sensors(), setup.gate());
    this.tracker =
        new SectoredTracker(
            setup.region(),
            setup.sensors(),
            setup.trackerSensors(),
            setup.tracker(),
            setup.sectors(),
            sectorExecutor);
    this.identity = new IdentityStage(setup.identification(), setup.borders()::countryAt);
    this.trust = new TrustReview(setup);
    this.smoothedMonitor =
        new AirspaceMonitor(
            setup.borders(), setup.zones(), setup.monitor(), MeasurementBasis.SMOOTHED);
    // Smooth only what the smoothed monitor may measure: tracks near or inside a watched zone.
    // Sectors may run in parallel: each gets its own (not thread-safe) zone index for the scope.
    tracker.smoothOnly(
        k -> k == 0 ? t -> smoothedMonitor.near(t, SMOOTHING_REACH_M) : smoothingScope(setup));
    this.domestic = new DomesticTrackFilter(setup.zones());
    this.monitor = new AirspaceMonitor(setup.borders(), setup.zones(), setup.monitor());
    this.earlyWarning = new EarlyWarning(setup.zones(), setup.warning());
    for (AirportWatch a : setup.airports()) {
      suspensions.add(new RunwaySuspension(List.of(a.airport()), a.clearForS()));
    }
  }

  /**
   * The tracks a tracker of this set-up smooths: those within {@value #SMOOTHING_REACH_M} m of a
   * watched zone's boundary, or inside one. A new object (with its own zone index) on each call:
   * one per tracker, as trackers may run in parallel.
   */
  public static Predicate<Track> smoothingScope(PipelineSetup setup) {
    AirspaceMonitor m =
        new AirspaceMonitor(
            setup.borders(), setup.zones(), setup.monitor(), MeasurementBasis.SMOOTHED);
    return t -> m.near(t, SMOOTHING_REACH_M);
  }

  /**
   * Sector {@code sector}'s tracking on its own, for a runtime that runs each tracking sector apart
   * (decision 1703): the region's router keeps the sector's reports, and its tracker is built,
   * numbered and scoped for smoothing exactly as this pipeline's {@link SectoredTracker} does it.
   * Merging every sector's output with a {@link SectorHandover} over {@link SectoredTracker#router}
   * (this pipeline's {@code tracker().handover()}) and handing the result to {@link
   * #process(Instant, List, TrackBatch, List)} gives the outputs of {@link #process(Instant,
   * List)}.
   *
   * @param sector 0 .. {@code setup.sectors().count() - 1}
   */
  public static SectorTracker sectorTracker(PipelineSetup setup, int sector) {
    SectorTracker t =
        new SectorTracker(
            sector,
            SectoredTracker.router(setup.region(), setup.sensors(), setup.sectors()),
            SectoredTracker.sectorTracker(
                setup.region(), setup.trackerSensors(), setup.tracker(), sector));
    t.smoothOnly(smoothingScope(setup));
    return t;
  }

  /**
   * The plausibility gate: whether a report may enter the pipeline.
   *
   * @param receiveTime when the frame carrying it arrived (its event time in a simulation)
   * @return null if admitted, else why not
   */
  public GateRejection admit(Observation o, Instant receiveTime) {
    return gate.check(o, receiveTime);
  }

  /**
   * Runs one scan: the observations whose event times lie before {@code scanTime}, in time order.
   */
  public ScanOutput process(Instant scanTime, List<Observation> observations) {
    TrackBatch tracked = tracker.process(scanTime, observations);
    return process(scanTime, observations, tracked, tracker.takeSmoothed());
  }

  /**
   * Runs one scan whose tracking ran outside this pipeline (a Flink key per tracking sector,
   * decision 1703): every stage after the tracker, exactly as {@link #process(Instant, List)} runs
   * them on its own tracker's output.
   *
   * @param observations the scan's admitted reports (the trust review weighs them)
   * @param tracked the scan's tracks, one record per track id ({@link SectorHandover#merge})
   * @param smoothed the smoothed records that became final this scan, under the same ids ({@link
   *     SectorHandover#mergeSmoothed})
   */
  public ScanOutput process(
      Instant scanTime, List<Observation> observations, TrackBatch tracked, List<Track> smoothed) {
    TrackBatch tracks = new TrackBatch(scanTime, identity.assess(tracked.tracks()));
    TrackBatch watched = new TrackBatch(scanTime, notDomestic(tracks.tracks()));
    List<ViolationEvent> crossed = new ArrayList<>();
    List<ViolationEvent> events =
        separateCrossings(suppressDomestic(monitor.evaluate(watched)), tracks.tracks(), crossed);
    List<Warning> predicted = earlyWarning.evaluate(watched);
    identity.noteWarnings(predicted);
    List<Warning> warnings = notCleared(predicted, tracks.tracks());
    List<Alert> alerts = alert(scanTime, events, crossed, warnings, tracks.tracks());
    List<ViolationEvent> all =
        withRevisions(
            scanTime,
            events,
            smoothedMonitor.evaluate(new TrackBatch(scanTime, notDomesticNow(smoothed))));
    return trust.review(
        observations, new ScanOutput(scanTime, tracks, all, warnings, alerts, smoothed, crossed));
  }

  /**
   * The filtered events followed by the revisions that the smoothed track's events make of them
   * (decision 0802), stamped with the identity at entry; the revisions raise no alert. Crossings
   * are not revised (the reviser never sees their filtered events).
   */
  private List<ViolationEvent> withRevisions(
      Instant scanTime, List<ViolationEvent> events, List<ViolationEvent> smoothedEvents) {
    reviser.observeFiltered(events);
    List<ViolationEvent> revisions = suppressDomestic(reviser.revise(scanTime, smoothedEvents));
    if (revisions.isEmpty()) {
      return events;
    }
    List<ViolationEvent> all = new ArrayList<>(events);
    for (ViolationEvent r : revisions) {
      String id = r.violation().violationId();
      IdentityAssessment at = entryIdentity.getOrDefault(id, closedIdentity.get(id));
      all.add(
          at == null ? r : new ViolationEvent(r.kind(), r.time(), r.violation().withIdentity(at)));
    }
    return all;
  }

  /** The smoothed tracks of tracks that are not domestic now (DROPPED records always pass). */
  private List<Track> notDomesticNow(List<Track> smoothed) {
    List<Track> out = new ArrayList<>(smoothed.size());
    for (Track t : smoothed) {
      if (t.state() == TrackState.DROPPED || !domestic.isDomestic(t.trackId())) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Moves the events of cleared traffic (a flight on its plan's route, a state aircraft within its
   * clearance) to {@code crossed}, and stamps every event's violation with the track's identity at
   * entry. A crossing whose track stops being cleared while inside (it left its route) becomes a
   * violation from then on: an OPENED event is emitted for it.
   */
  private List<ViolationEvent> separateCrossings(
      List<ViolationEvent> raw, List<Track> tracks, List<ViolationEvent> crossed) {
    if (raw.isEmpty()) {
      return raw;
    }
    List<ViolationEvent> out = new ArrayList<>(raw.size());
    for (ViolationEvent e : raw) {
      Violation v = e.violation();
      String id = v.violationId();
      Track t = trackOf(v.trackId(), tracks);
      IdentityAssessment now = t != null ? t.assessment() : null;
      if (e.kind() == ViolationEventKind.OPENED || !entryIdentity.containsKey(id)) {
        entryIdentity.put(id, now != null ? now : IdentityAssessment.PENDING);
        if (identity.cleared(v.trackId())) {
          crossings.add(id);
        }
      }
      ViolationEventKind kind = e.kind();
      if (crossings.contains(id)
          && e.kind() == ViolationEventKind.UPDATED
          && t != null
          && t.state() != TrackState.DROPPED
          && !identity.cleared(v.trackId())) {
        crossings.remove(id); // left its route or clearance while inside: now a violation
        entryIdentity.put(id, now);
        kind = ViolationEventKind.OPENED;
      }
      ViolationEvent stamped =
          new ViolationEvent(kind, e.time(), v.withIdentity(entryIdentity.get(id)));
      if (crossings.contains(id)) {
        crossed.add(stamped);
      } else {
        out.add(stamped);
      }
      if (e.kind() == ViolationEventKind.CLOSED) {
        IdentityAssessment at = entryIdentity.remove(id);
        if (at != null && !crossings.contains(id)) {
          closedIdentity.put(id, at);
        }
        crossings.remove(id);
      }
    }
    return out;
  }

  private List<Warning> notCleared(List<Warning> warnings, List<Track> tracks) {
    if (warnings.isEmpty()) {
      return warnings;
    }
    List<Warning> out = new ArrayList<>(warnings.size());
    for (Warning w : warnings) {
      Track t = trackOf(w.trackId(), tracks);
      boolean friendly = t != null && t.standardIdentity().isFriendly();
      if (!identity.cleared(w.trackId()) && !friendly) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * End of data: closes every open violation at its track's last update and lets the runway
   * suspensions see {@code now}.
   */
  public ScanOutput flush(Instant now) {
    return flush(now, tracker.flushSmoothed());
  }

  /**
   * {@link #flush(Instant)} when tracking ran outside this pipeline.
   *
   * @param smoothed every sector's remaining smoothed records, merged ({@link
   *     SectorHandover#mergeSmoothed} of the trackers' {@code flushSmoothed})
   */
  public ScanOutput flush(Instant now, List<Track> smoothed) {
    List<ViolationEvent> crossed = new ArrayList<>();
    List<ViolationEvent> events =
        separateCrossings(suppressDomestic(monitor.flush()), List.of(), crossed);
    List<Alert> alerts = alert(now, events, crossed, List.of(), List.of());
    List<ViolationEvent> smoothedEvents =
        new ArrayList<>(smoothedMonitor.evaluate(new TrackBatch(now, notDomesticNow(smoothed))));
    smoothedEvents.addAll(smoothedMonitor.flush());
    return trust.review(
        List.of(),
        new ScanOutput(
            now,
            new TrackBatch(now, List.of()),
            withRevisions(now, events, smoothedEvents),
            List.of(),
            alerts,
            smoothed,
            crossed));
  }

  private List<Track> notDomestic(List<Track> tracks) {
    List<Track> out = new ArrayList<>(tracks.size());
    for (Track t : tracks) {
      if (domestic.monitored(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private List<ViolationEvent> suppressDomestic(List<ViolationEvent> events) {
    if (events.isEmpty()) {
      return events;
    }
    List<ViolationEvent> out = new ArrayList<>(events.size());
    for (ViolationEvent e : events) {
      if (domestic.suppress(e)) {
        domesticSuppressed++;
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private List<Alert> alert(
      Instant now,
      List<ViolationEvent> events,
      List<ViolationEvent> crossed,
      List<Warning> warnings,
      List<Track> tracks) {
    List<Alert> out = new ArrayList<>();
    for (ViolationEvent e : events) {
      Alert a = alerts.onViolation(e, trackOf(e.violation().trackId(), tracks));
      if (a != null) {
        out.add(a);
      }
    }
    for (ViolationEvent e : crossed) {
      Alert a = alerts.onCrossing(e, identity.clearance(e.violation().trackId()));
      if (a != null) {
        out.add(a);
      }
    }
    for (Warning w : warnings) {
      Alert a = alerts.onWarning(w);
      if (a != null) {
        out.add(a);
      }
    }
    for (RunwaySuspension s : suspensions) {
      out.addAll(s.evaluate(now, events));
    }
    return out;
  }

  private static Track trackOf(String trackId, List<Track> tracks) {
    for (Track t : tracks) {
      if (t.trackId().equals(trackId)) {
        return t;
      }
    }
    return null;
  }

  /** The alert policy (sensor outages are raised by the runtime that watches the feeds). */
  public AlertPolicy alertPolicy() {
    return alerts;
  }

  /** Violations measured on the smoothed track that matched no filtered violation. */
  public long unmatchedSmoothedViolations() {
    return reviser.unmatched();
  }

  /** The identity stage (operator overrides, flight plans). */
  public IdentityStage identity() {
    return identity;
  }

  /** The trust stage (emitters' assessments, docs/security.md). */
  public TrustStage trust() {
    return trust.stage();
  }

  /** The tracking stage (one tracker per sector; counters). */
  public SectoredTracker tracker() {
    return tracker;
  }

  /** What the pipeline was built from. */
  public PipelineSetup setup() {
    return setup;
  }

  /** Violation events dropped because they concerned domestic traffic. */
  public long domesticSuppressed() {
    return domesticSuppressed;
  }
}
