package org.sargas.formats.modes;

/**
 * One SBS-1 / BaseStation line ({@code MSG,type,...}, port 30003). Absent values are NaN or null.
 *
 * @param transmissionType MSG transmission type 1..8 (1 identification, 2 surface position, 3
 *     airborne position, 4 velocity, 5 surveillance altitude, 6 surveillance identity, 7 air-air, 8
 *     all-call)
 * @param icao hex identifier, upper case
 * @param dateGenerated date field 7 as written (yyyy/MM/dd)
 * @param timeGenerated time field 8 as written (HH:mm:ss.SSS)
 * @param callsign field 11, trimmed
 * @param altitudeFt field 12
 * @param groundSpeedKt field 13
 * @param trackDeg field 14
 * @param latDeg field 15
 * @param lonDeg field 16
 * @param verticalRateFtMin field 17
 * @param squawk field 18 (4 octal digits)
 * @param onGround field 22, null absent
 */
public record SbsMessage(
    int transmissionType,
    String icao,
    String dateGenerated,
    String timeGenerated,
    String callsign,
    double altitudeFt,
    double groundSpeedKt,
    double trackDeg,
    double latDeg,
    double lonDeg,
    double verticalRateFtMin,
    String squawk,
    Boolean onGround) {}
