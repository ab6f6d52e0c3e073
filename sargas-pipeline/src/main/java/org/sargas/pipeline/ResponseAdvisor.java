package org.sargas.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.track.Track;
import org.sargas.response.area.AreaTest;
import org.sargas.response.area.ProtectedSite;
import org.sargas.response.effector.CostAwareEffectorPlanner;
import org.sargas.response.effector.EffectorCatalog;
import org.sargas.response.effector.EffectorPlan;
import org.sargas.response.effector.EffectorPlanner;
import org.sargas.response.effector.EffectorSettings;
import org.sargas.response.effector.EngagementOption;
import org.sargas.response.intercept.EarliestInterceptPlanner;
import org.sargas.response.intercept.InterceptPlanner;
import org.sargas.response.intercept.InterceptRecommendation;
import org.sargas.response.intercept.InterceptSettings;
import org.sargas.response.intercept.QraCatalog;
import org.sargas.response.search.LostTrack;
import org.sargas.response.search.MonteCarloSearchAreaEstimator;
import org.sargas.response.search.SearchArea;
import org.sargas.response.search.SearchSettings;

/**
 * What to do about a track, composed from the response stage (docs/response.md) and the watched
 * airspace: QRA intercept recommendations (the protected area is the union of the watched national
 * airspaces), the effector options of a drone and the cost-aware plan for a raid, and the search
 * area of a drone lost inside protected airspace. Recommendations only: a human decides. Default
 * catalogues (the eastern flank's QRA bases and effectors); deterministic (the search area is
 * seeded). Not thread-safe: one per pipeline.
 */
public final class ResponseAdvisor {
  private final List<ZoneArea> nationalAirspace = new ArrayList<>();
  private final AreaTest protectedArea;
  private final InterceptPlanner intercepts;
  private final EffectorPlanner effectors;
  private final MonteCarloSearchAreaEstimator search = new MonteCarloSearchAreaEstimator();

  /**
   * @param zones the watched zones (national airspaces make the protected area)
   */
  public ResponseAdvisor(List<ZoneArea> zones) {
    for (ZoneArea z : zones) {
      if (z.zone().kind() == ZoneKind.NATIONAL_AIRSPACE) {
        nationalAirspace.add(z.prepare());
      }
    }
    this.protectedArea = this::insideProtected;
    this.intercepts =
        new EarliestInterceptPlanner(
            QraCatalog.defaults(),
            protectedArea,
            List.<ProtectedSite>of(),
            InterceptSettings.defaults());
    this.effectors =
        new CostAwareEffectorPlanner(
            EffectorCatalog.easternFlankDefaults(),
            EffectorCatalog.easternFlankKeepOuts(),
            EffectorSettings.defaults());
  }

  /** Whether a point is inside a watched national airspace. */
  public boolean insideProtected(double latDeg, double lonDeg) {
    for (ZoneArea z : nationalAirspace) {
      if (z.contains(latDeg, lonDeg)) {
        return true;
      }
    }
    return false;
  }

  /** Ranked QRA intercept recommendations for a threat track. */
  public List<InterceptRecommendation> intercepts(Track threat) {
    return intercepts.plan(threat);
  }

  /** The feasible effector engagements of one drone. */
  public List<EngagementOption> effectorOptions(Track drone) {
    return effectors.options(drone);
  }

  /** The cost-aware plan for a raid: the drone tracks seen together. */
  public EffectorPlan effectorPlan(List<Track> raid) {
    return effectors.plan(raid);
  }

  /** The search area of a drone whose track ended at {@code lastUpdate}, seeded. */
  public SearchArea searchArea(Track lastUpdate, long seed) {
    return search.estimate(LostTrack.of(lastUpdate), SearchSettings.defaults(seed));
  }
}
