package org.sargas.formats.asterix.cat062;

/**
 * ASTERIX CAT062 I062/390 flight-plan related data (editions 1.19/1.21), the subfields Sargas
 * reads. Absent subfields are null.
 *
 * @param callsign CS: callsign of the flight plan, up to 7 ASCII characters
 * @param aircraftType TAC: ICAO Doc 8643 type designator, up to 4 ASCII characters, e.g. {@code
 *     "A320"}
 * @param wakeCategory WTC: wake turbulence category, one character L, M, H or J
 * @param departure DEP: departure aerodrome, ICAO location indicator (4 characters)
 * @param destination DST: destination aerodrome, ICAO location indicator
 */
public record Cat062FlightPlan(
    String callsign,
    String aircraftType,
    String wakeCategory,
    String departure,
    String destination) {}
