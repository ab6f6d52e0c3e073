package org.sargas.formats.asterix.cat021;

/**
 * The common content of an ASTERIX CAT021 ADS-B report (editions 2.6/2.7). Absent values are NaN,
 * -1 or null.
 *
 * @param sac I021/010 System Area Code
 * @param sic I021/010 System Identification Code
 * @param timeOfDayS I021/071 time of applicability for position, seconds since UTC midnight
 * @param icaoAddress I021/080 target address (24 bits)
 * @param latDeg I021/131 high-resolution WGS-84 latitude, degrees (LSB 180/2^30)
 * @param lonDeg I021/131 longitude, degrees
 * @param flightLevel I021/145 flight level (1/4 FL), NaN absent
 * @param geometricHeightFt I021/140 geometric height, feet (6.25 ft), NaN absent
 * @param groundSpeedMps I021/160 ground speed, m/s (wire 2^-14 NM/s), NaN absent
 * @param trackRad I021/160 track angle, radians from true north, NaN absent
 * @param verticalRateFtMin I021/155 barometric vertical rate, ft/min (6.25), NaN absent
 * @param callsign I021/170 target identification, null absent
 * @param trackNumber I021/161 track number (12 bits), -1 absent
 */
public record Cat021Record(
    int sac,
    int sic,
    double timeOfDayS,
    int icaoAddress,
    double latDeg,
    double lonDeg,
    double flightLevel,
    double geometricHeightFt,
    double groundSpeedMps,
    double trackRad,
    double verticalRateFtMin,
    String callsign,
    int trackNumber) {}
