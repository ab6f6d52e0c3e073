package org.sargas.bench.trust;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.model.track.TrustAssessment;
import org.sargas.model.track.TrustReason;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.ScanOutput;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.trust.TrustSettings;
import org.sargas.pipeline.trust.TrustStage;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.attack.Attack;
import org.sargas.sim.attack.AttackKind;
import org.sargas.sim.attack.AttackLibrary;
import org.sargas.sim.attack.AttackRun;
import org.sargas.sim.attack.ReceivedReport;

/**
 * One attack of the {@link AttackLibrary} through the one pipeline, as the live node runs it: every
 * report through the plausibility gate at its receive time, 1 s scans cut by the {@link
 * EventTimeSlicer} with the watermark at the newest receive time (lateness 0.5 s), the ADS-B
 * receivers synchronised. Scores which attacked emitters were flagged suspect (on their tracks, or
 * by the trust stage when no track shows them) and how soon after the attack started, and how many
 * updates of the other tracks were flagged.
 */
public final class SpoofingRun {
  private static final double SLICE_S = 1.0;
  private static final double LATENESS_S = 0.5;

  private SpoofingRun() {}

  /**
   * What one run gave.
   *
   * @param kind the attack
   * @param seed the traffic's seed
   * @param attacked attacked emitters (ADS-B addresses, Remote ID serials)
   * @param detected those whose track was flagged suspect after the attack started
   * @param detectedWithinS the longest time from the attack's start to an attacked emitter's first
   *     flag, s (NaN when none was attacked; infinite when one was missed)
   * @param advisoryWithinS time from the attack's start to the first GNSS-interference advisory, s
   *     (NaN: none)
   * @param reasons the reasons on the attacked tracks
   * @param trackUpdates track updates (not DROPPED) of emitters not attacked, and of tracks without
   *     emitter
   * @param falseFlags those of them flagged suspect
   * @param violations violations opened
   * @param uncorroborated of them UNCORROBORATED
   */
  public record Result(
      AttackKind kind,
      long seed,
      int attacked,
      int detected,
      double detectedWithinS,
      double advisoryWithinS,
      Set<TrustReason> reasons,
      long trackUpdates,
      long falseFlags,
      int violations,
      int uncorroborated) {
    /** Flagged updates of tracks that were not attacked over all of them. */
    public double falseFlagRate() {
      return trackUpdates == 0 ? 0 : (double) falseFlags / trackUpdates;
    }
  }

  /** Runs {@code kind} over the traffic of {@code seed}. */
  public static Result run(AttackKind kind, long seed) {
    AttackRun run = AttackLibrary.run(kind, seed);
    ScenarioRun scenarioRun = new ScenarioRun(CountryBorders.easternFlank());
    List<AirportZone> airports = scenarioRun.airportZones(run.scenario());
    List<ZoneArea> zones = scenarioRun.watchedZones(run.scenario(), airports);
    PipelineSetup setup =
        scenarioRun
            .setup(run.scenario(), run.simulation(), zones, airports)
            .withTrust(
                TrustSettings.defaults()
                    .withSynchronisedReceivers(Set.copyOf(run.synchronisedReceivers())));
    SurveillancePipeline pipeline = new SurveillancePipeline(setup);
    Score score = new Score(run.attacks());
    EventTimeSlicer slicer = new EventTimeSlicer(SLICE_S, LATENESS_S);
    EventTimeSlicer.ScanHandler scan =
        (scanTime, slice) -> {
          score.add(pipeline.process(scanTime, slice));
          score.emitters(scanTime, pipeline.trust());
        };
    long sliceNanos = Math.round(SLICE_S * 1e9);
    for (ReceivedReport r : run.reports()) {
      long t = EventTimeSlicer.nanos(r.receiveTime());
      for (long w = slicer.watermarkNanos();
          w != Long.MIN_VALUE && w + sliceNanos < t;
          w += sliceNanos) {
        slicer.advance(w + sliceNanos, scan);
      }
      slicer.advance(t, scan);
      Observation o = r.observation();
      if (pipeline.admit(o, r.receiveTime()) == null) {
        slicer.offer(o);
      }
    }
    slicer.flush(scan);
    score.add(pipeline.flush(Instant.ofEpochSecond(0, slicer.lastScanEndNanos())));
    return score.result(kind, seed);
  }

  /** Accumulates the scans of one run. */
  private static final class Score {
    private final Map<String, Instant> attackStart = new LinkedHashMap<>();
    private final Map<String, Instant> firstFlag = new LinkedHashMap<>();
    private final Set<TrustReason> reasons = new LinkedHashSet<>();
    private final Set<String> violations = new HashSet<>();
    private final Set<String> uncorroborated = new HashSet<>();
    private Instant firstAdvisory;
    private Instant start;
    private long updates;
    private long falseFlags;

    Score(List<Attack> attacks) {
      for (Attack a : attacks) {
        for (String e : a.emitters()) {
          attackStart.put(e, a.start());
        }
        start = start == null || a.start().isBefore(start) ? a.start() : start;
      }
    }

    void add(ScanOutput out) {
      for (Track t : out.tracks().tracks()) {
        if (t.state() == TrackState.DROPPED) {
          continue;
        }
        String emitter = emitter(t.identity());
        Instant s = emitter == null ? null : attackStart.get(emitter);
        if (s != null) {
          if (t.trust().suspect() && !t.time().isBefore(s)) {
            firstFlag.putIfAbsent(emitter, t.time());
            reasons.addAll(t.trust().reasons());
          }
          continue;
        }
        updates++;
        if (t.trust().suspect()) {
          falseFlags++;
        }
      }
      for (Alert a : out.alerts()) {
        if (a.kind() == AlertKind.GNSS_INTERFERENCE && firstAdvisory == null) {
          firstAdvisory = a.time();
        }
      }
      for (ViolationEvent e : out.violationEvents()) {
        violations.add(e.violation().violationId());
        if (e.violation().uncorroborated()) {
          uncorroborated.add(e.violation().violationId());
        }
      }
    }

    /**
     * Attacked emitters flagged by the stage, whether or not a track shows them (the tracker does
     * not confirm an ADS-B-only target inside radar coverage, so a ghost may never be a track).
     */
    void emitters(Instant scanTime, TrustStage stage) {
      for (Map.Entry<String, Instant> a : attackStart.entrySet()) {
        if (!scanTime.isBefore(a.getValue()) && !firstFlag.containsKey(a.getKey())) {
          TrustAssessment t = stage.emitterTrust(a.getKey());
          if (t.suspect()) {
            firstFlag.put(a.getKey(), scanTime);
            reasons.addAll(t.reasons());
          }
        }
      }
    }

    private static String emitter(Identity id) {
      return id.icaoAddress() != null ? id.icaoAddress() : id.remoteIdSerial();
    }

    Result result(AttackKind kind, long seed) {
      double within = attackStart.isEmpty() ? Double.NaN : 0;
      for (Map.Entry<String, Instant> a : attackStart.entrySet()) {
        Instant f = firstFlag.get(a.getKey());
        within =
            f == null
                ? Double.POSITIVE_INFINITY
                : Math.max(within, Duration.between(a.getValue(), f).toNanos() / 1e9);
      }
      double advisory =
          firstAdvisory == null || start == null
              ? Double.NaN
              : Duration.between(start, firstAdvisory).toNanos() / 1e9;
      return new Result(
          kind,
          seed,
          attackStart.size(),
          firstFlag.size(),
          within,
          advisory,
          reasons,
          updates,
          falseFlags,
          violations.size(),
          uncorroborated.size());
    }
  }

  /** Prints every kind for one seed (development aid). */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
    for (AttackKind k : AttackKind.values()) {
      System.out.println(run(k, seed));
    }
  }
}
