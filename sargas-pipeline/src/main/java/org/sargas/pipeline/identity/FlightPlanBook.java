package org.sargas.pipeline.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.plan.FlightPlan;

/**
 * The flight plans in force, indexed by callsign and by assigned Mode 3/A code. Immutable: a
 * reloaded plan file gives a new book, which the identity stage swaps in.
 */
public final class FlightPlanBook {
  /** No plans. */
  public static final FlightPlanBook EMPTY = new FlightPlanBook(List.of());

  private static final Duration NO_EET_SPAN = Duration.ofHours(12);

  private final List<FlightPlan> plans;
  private final Map<String, List<FlightPlan>> byCallsign = new HashMap<>();
  private final Map<String, List<FlightPlan>> byMode3a = new HashMap<>();

  public FlightPlanBook(List<FlightPlan> plans) {
    this.plans = List.copyOf(plans);
    for (FlightPlan p : this.plans) {
      byCallsign.computeIfAbsent(p.callsign(), k -> new ArrayList<>()).add(p);
      if (p.mode3a() != null) {
        byMode3a.computeIfAbsent(p.mode3a(), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The plans, in file order. */
  public List<FlightPlan> plans() {
    return plans;
  }

  /** Number of plans. */
  public int size() {
    return plans.size();
  }

  /**
   * The plan a track correlates with at {@code time}, or null: same callsign (preferred) or same
   * assigned Mode 3/A code, within the plan's time window; among several, the one whose route is
   * nearest.
   */
  public PlanCorrelation correlate(
      Identity id, GeoPoint position, Instant time, IdentificationCriteria c) {
    if (id == null || plans.isEmpty()) {
      return null;
    }
    PlanCorrelation best = null;
    if (id.callsign() != null) {
      best =
          nearest(
              byCallsign.get(id.callsign().trim().toUpperCase(Locale.ROOT)),
              "callsign",
              position,
              time,
              c);
    }
    if (best == null && id.mode3a() != null) {
      best = nearest(byMode3a.get(id.mode3a()), "Mode 3/A", position, time, c);
    }
    return best;
  }

  private static PlanCorrelation nearest(
      List<FlightPlan> candidates,
      String by,
      GeoPoint position,
      Instant time,
      IdentificationCriteria c) {
    if (candidates == null) {
      return null;
    }
    PlanCorrelation best = null;
    for (FlightPlan p : candidates) {
      Instant from = p.offBlock().minus(c.planEarly());
      Instant to =
          p.offBlock()
              .plus(p.totalElapsed() == null ? NO_EET_SPAN : p.totalElapsed())
              .plus(c.planLate());
      if (time.isBefore(from) || time.isAfter(to)) {
        continue;
      }
      double off = p.route().size() < 2 ? Double.NaN : RouteCorridor.distanceM(position, p.route());
      PlanCorrelation pc =
          new PlanCorrelation(p, by, off, Double.isNaN(off) || off <= c.routeCorridorM());
      if (best == null || (!Double.isNaN(off) && !(best.offRouteM() <= off))) {
        best = pc;
      }
    }
    return best;
  }
}
