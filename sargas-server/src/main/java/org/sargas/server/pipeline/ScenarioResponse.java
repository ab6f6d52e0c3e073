package org.sargas.server.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.pipeline.ResponseAdvisor;
import org.sargas.response.effector.EffectorPlan;
import org.sargas.response.intercept.InterceptRecommendation;
import org.sargas.response.search.SearchArea;

/**
 * The response recommendations of a scenario run (docs/response.md): QRA intercepts for the crewed
 * aircraft that violated national airspace, planned from the track's state when it was first warned
 * of (else first confirmed); the cost-aware effector plan for the drones that violated it, from
 * each drone's first confirmed state; the search area of each drone lost inside protected airspace.
 * Recommendations only: a human decides.
 *
 * @param intercepts per threat, its best-ranked recommendations (at most {@value #PER_THREAT})
 * @param effectorPlan the raid's plan, or null when no drone violated protected airspace
 * @param searchAreas one per drone track lost inside protected airspace
 */
public record ScenarioResponse(
    List<InterceptRecommendation> intercepts,
    EffectorPlan effectorPlan,
    List<SearchArea> searchAreas) {
  /** Recommendations kept per threat. */
  public static final int PER_THREAT = 5;

  /** No recommendations. */
  public static final ScenarioResponse NONE = new ScenarioResponse(List.of(), null, List.of());

  /** The recommendations for a run's tracks, violations, alerts and lost tracks. */
  static ScenarioResponse of(
      ResponseAdvisor advisor,
      List<Track> trackUpdates,
      List<Violation> violations,
      List<Alert> alerts,
      List<LastKnownState> lastKnown,
      long seed) {
    Map<String, Track> firstConfirmed = new LinkedHashMap<>();
    Map<String, List<Track>> byTrack = new LinkedHashMap<>();
    for (Track t : trackUpdates) {
      byTrack.computeIfAbsent(t.trackId(), k -> new ArrayList<>()).add(t);
      if (t.state() == TrackState.CONFIRMED) {
        firstConfirmed.putIfAbsent(t.trackId(), t);
      }
    }
    List<InterceptRecommendation> intercepts = new ArrayList<>();
    List<Track> raid = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Violation v : violations) {
      if (v.zoneKind() != ZoneKind.NATIONAL_AIRSPACE || !done.add(v.trackId())) {
        continue;
      }
      Track first = firstConfirmed.get(v.trackId());
      if (first == null) {
        continue;
      }
      Track last = lastConfirmed(byTrack.get(v.trackId()));
      if (last.classification().targetClass().isDrone()) {
        // The drone's first confirmed state (time and place to plan from), with the class its
        // track reached (more evidence than at confirmation).
        raid.add(
            new Track(
                first.trackId(),
                first.time(),
                first.position(),
                first.velocityEastMps(),
                first.velocityNorthMps(),
                first.velocityUpMps(),
                first.varEastM2(),
                first.varNorthM2(),
                first.covEastNorthM2(),
                first.state(),
                first.identity(),
                last.classification(),
                first.updates()));
        continue;
      }
      Track at = stateAtFirstWarning(v.trackId(), alerts, byTrack.get(v.trackId()));
      List<InterceptRecommendation> recs = advisor.intercepts(at != null ? at : first);
      intercepts.addAll(recs.subList(0, Math.min(PER_THREAT, recs.size())));
    }
    EffectorPlan plan = raid.isEmpty() ? null : advisor.effectorPlan(raid);
    List<SearchArea> areas = new ArrayList<>();
    for (LastKnownState s : lastKnown) {
      Track t = s.lastUpdate();
      if (s.droppedAt() != null
          && t.classification().targetClass().isDrone()
          && advisor.insideProtected(t.position().latDeg(), t.position().lonDeg())) {
        areas.add(advisor.searchArea(t, seed));
      }
    }
    return new ScenarioResponse(intercepts, plan, areas);
  }

  private static Track lastConfirmed(List<Track> updates) {
    for (int i = updates.size() - 1; i >= 0; i--) {
      if (updates.get(i).state() == TrackState.CONFIRMED) {
        return updates.get(i);
      }
    }
    return updates.get(updates.size() - 1);
  }

  /** The track's confirmed update at (or just after) its first early warning, or null. */
  private static Track stateAtFirstWarning(
      String trackId, List<Alert> alerts, List<Track> updates) {
    for (Alert a : alerts) {
      if (a.kind() == AlertKind.EARLY_WARNING && trackId.equals(a.trackId())) {
        for (Track t : updates) {
          if (t.state() == TrackState.CONFIRMED && !t.time().isBefore(a.time())) {
            return t;
          }
        }
      }
    }
    return null;
  }
}
