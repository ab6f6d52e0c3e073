package org.sargas.pipeline.identity;

import org.sargas.model.plan.FlightPlan;

/**
 * A track matched with a flight plan.
 *
 * @param plan the plan
 * @param matchedBy "callsign" or "Mode 3/A"
 * @param offRouteM distance from the plan's route, metres (NaN when the route has no coordinates)
 * @param onRoute whether the track is within the route corridor (true when it cannot be checked)
 */
public record PlanCorrelation(
    FlightPlan plan, String matchedBy, double offRouteM, boolean onRoute) {}
