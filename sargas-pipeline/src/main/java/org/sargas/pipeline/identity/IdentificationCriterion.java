package org.sargas.pipeline.identity;

/**
 * The kinds of identification criterion a rule can name. docs/identity.md says what each tests; the
 * YAML names are the lower-case, hyphenated forms ({@code flight-plan}).
 */
public enum IdentificationCriterion {
  /** The track's ICAO address or callsign is on the list of own/allied aircraft. */
  FRIENDLY_AIRCRAFT,
  /** The track's Remote ID serial is on the allow-list of registered friendly drones. */
  FRIENDLY_DRONE,
  /** The track squawks one of the rule's Mode 3/A codes (e.g. 7500, or 7600/7700). */
  EMERGENCY_SQUAWK,
  /** A state aircraft within a diplomatic clearance: callsign or address, time window, route. */
  DIPLOMATIC_CLEARANCE,
  /** Correlated with a filed flight plan by callsign or Mode 3/A, in its time window, on route. */
  FLIGHT_PLAN,
  /** The source system tracker correlated it with a flight plan (CAT062 I062/390 ADEP and ADES). */
  SOURCE_FLIGHT_PLAN,
  /** First seen over one of the rule's countries, and no transponder reply. */
  ORIGIN_NONCOOPERATIVE,
  /** First seen over one of the rule's countries (transponder or not), no plan or clearance. */
  ORIGIN,
  /** Classed as a combat or military transport aircraft, with no transponder reply. */
  MILITARY_NONCOOPERATIVE,
  /** Classed as a military aircraft but replying: a state aircraft without clearance. */
  STATE_AIRCRAFT_WITHOUT_CLEARANCE,
  /** Classed as a loitering munition / one-way attack drone. */
  ATTACK_DRONE,
  /** Classed as an uncrewed aircraft with no Remote ID broadcast. */
  UNIDENTIFIED_DRONE,
  /** No transponder, and predicted to enter a protected zone (an early warning was issued). */
  APPROACHING_PROTECTED_ZONE,
  /** No transponder, and loitering: turned through a full circle in a small area. */
  LOITERING,
  /** Discrete Mode 3/A code (or Mode S address and callsign) with altitude, civil class. */
  COOPERATIVE_CIVIL;

  /** The YAML name: {@code FLIGHT_PLAN} → {@code flight-plan}. */
  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The criterion of a YAML name (either form), or an exception naming the known ones. */
  public static IdentificationCriterion parse(String name) {
    String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    try {
      return valueOf(n);
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (IdentificationCriterion c : values()) {
        known.append(known.length() == 0 ? "" : ", ").append(c.yamlName());
      }
      throw new IllegalArgumentException(
          "unknown identification criterion '" + name + "' (known: " + known + ")", e);
    }
  }
}
