package org.sargas.model.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * A filed flight plan, as far as identification needs it (ICAO FPL items 7, 13, 15, 16).
 *
 * @param planId stable id within its source (e.g. {@code "RYR1234/EVRA-EPWA/2025-10-23T14:30Z"})
 * @param callsign aircraft identification (item 7), upper case
 * @param mode3a assigned SSR Mode 3/A code (item 7 {@code /A1234}), or null
 * @param departure ADEP ICAO code, or null
 * @param destination ADES ICAO code, or null
 * @param route route points in order: departure aerodrome, en-route points with coordinates,
 *     destination aerodrome (points the source could not place are left out; may be empty)
 * @param offBlock EOBT (estimated off-block time)
 * @param totalElapsed estimated total elapsed time (item 16), or null when unknown
 * @param source where the plan came from (file name and line), for the operator
 */
public record FlightPlan(
    String planId,
    String callsign,
    String mode3a,
    String departure,
    String destination,
    List<GeoPoint> route,
    Instant offBlock,
    Duration totalElapsed,
    String source) {
  public FlightPlan {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(callsign, "callsign");
    Objects.requireNonNull(offBlock, "offBlock");
    callsign = callsign.trim().toUpperCase(Locale.ROOT);
    route = route == null ? List.of() : List.copyOf(route);
  }

  /** "CALLSIGN ADEP→ADES" for the operator. */
  public String describe() {
    return callsign
        + " "
        + (departure == null ? "?" : departure)
        + "→"
        + (destination == null ? "?" : destination);
  }
}
