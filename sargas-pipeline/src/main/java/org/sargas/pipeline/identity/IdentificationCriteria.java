package org.sargas.pipeline.identity;

import static org.sargas.model.track.StandardIdentity.*;
import static org.sargas.pipeline.identity.IdentificationCriterion.*;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identification criteria: ordered rules plus the lists they consult. The first rule that holds
 * decides a track's standard identity; a track no rule covers is UNKNOWN.
 *
 * @param rules the rules, in order of precedence
 * @param friendlyAircraft ICAO addresses (6 hex digits) and callsigns of own and allied aircraft
 * @param friendlyDrones Remote ID serials of registered friendly drones (police, border guard)
 * @param clearances diplomatic clearances for state aircraft
 * @param routeCorridorM half width of the corridor around a flight plan's route, metres
 * @param planEarly how long before its EOBT a plan may correlate
 * @param planLate how long after EOBT + EET (or EOBT + 12 h without EET) it may still correlate
 * @param loiterWindowS the window in which a loitering track turns through 360°, seconds
 * @param loiterRadiusM the radius it stays within meanwhile, metres
 */
public record IdentificationCriteria(
    List<IdentificationRule> rules,
    Set<String> friendlyAircraft,
    Set<String> friendlyDrones,
    List<DiplomaticClearance> clearances,
    double routeCorridorM,
    Duration planEarly,
    Duration planLate,
    double loiterWindowS,
    double loiterRadiusM) {
  public IdentificationCriteria {
    rules = List.copyOf(rules);
    friendlyAircraft =
        friendlyAircraft == null
            ? Set.of()
            : friendlyAircraft.stream()
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    friendlyDrones = friendlyDrones == null ? Set.of() : Set.copyOf(friendlyDrones);
    clearances = clearances == null ? List.of() : List.copyOf(clearances);
    if (!(routeCorridorM > 0) || !(loiterWindowS > 0) || !(loiterRadiusM > 0)) {
      throw new IllegalArgumentException(
          "routeCorridorM, loiterWindowS and loiterRadiusM must be positive");
    }
    planEarly = planEarly == null ? Duration.ofMinutes(30) : planEarly;
    planLate = planLate == null ? Duration.ofHours(1) : planLate;
  }

  /** The countries the default origin rules name: the Russian Federation and Belarus. */
  public static final Set<String> DEFAULT_HOSTILE_ORIGINS = Set.of("RUS", "BLR");

  /**
   * The embedded default, documented in docs/identity.md (and as YAML in the server's {@code
   * identification-criteria.yaml}): positive friendly evidence first, then hijack, clearances and
   * flight plans, then the hostile indicators (origin without transponder, military class without
   * transponder, attack drones, state aircraft without clearance), then cooperative civil traffic
   * (a discrete squawk with Mode C and civil kinematics is not an intruder, whatever its origin),
   * then origin and behaviour of the rest.
   */
  public static IdentificationCriteria defaults() {
    return new IdentificationCriteria(
        List.of(
            IdentificationRule.of("own or allied aircraft", FRIENDLY_AIRCRAFT, FRIEND),
            IdentificationRule.of("registered friendly drone", FRIENDLY_DRONE, ASSUMED_FRIEND),
            new IdentificationRule("hijack squawk", EMERGENCY_SQUAWK, SUSPECT, Set.of("7500")),
            IdentificationRule.of("diplomatic clearance", DIPLOMATIC_CLEARANCE, NEUTRAL),
            IdentificationRule.of("filed flight plan", FLIGHT_PLAN, NEUTRAL),
            IdentificationRule.of(
                "flight plan from the source tracker", SOURCE_FLIGHT_PLAN, NEUTRAL),
            new IdentificationRule(
                "emergency squawk", EMERGENCY_SQUAWK, NEUTRAL, Set.of("7600", "7700")),
            new IdentificationRule(
                "from a hostile territory without transponder",
                ORIGIN_NONCOOPERATIVE,
                HOSTILE,
                DEFAULT_HOSTILE_ORIGINS),
            IdentificationRule.of(
                "military aircraft without transponder", MILITARY_NONCOOPERATIVE, HOSTILE),
            IdentificationRule.of("one-way attack drone", ATTACK_DRONE, HOSTILE),
            IdentificationRule.of(
                "state aircraft without clearance", STATE_AIRCRAFT_WITHOUT_CLEARANCE, SUSPECT),
            IdentificationRule.of("cooperative civil traffic", COOPERATIVE_CIVIL, NEUTRAL),
            new IdentificationRule(
                "from a hostile territory without flight plan",
                ORIGIN,
                SUSPECT,
                DEFAULT_HOSTILE_ORIGINS),
            IdentificationRule.of("drone without Remote ID", UNIDENTIFIED_DRONE, SUSPECT),
            IdentificationRule.of(
                "heading for protected airspace without transponder",
                APPROACHING_PROTECTED_ZONE,
                SUSPECT),
            IdentificationRule.of("loitering without transponder", LOITERING, SUSPECT)),
        Set.of(),
        Set.of(),
        List.of(),
        25_000,
        Duration.ofMinutes(30),
        Duration.ofHours(1),
        600,
        5_000);
  }

  /** A copy with other lists of friendly aircraft and drones and other clearances. */
  public IdentificationCriteria withLists(
      Set<String> aircraft, Set<String> drones, List<DiplomaticClearance> newClearances) {
    return new IdentificationCriteria(
        rules,
        aircraft,
        drones,
        newClearances,
        routeCorridorM,
        planEarly,
        planLate,
        loiterWindowS,
        loiterRadiusM);
  }
}
