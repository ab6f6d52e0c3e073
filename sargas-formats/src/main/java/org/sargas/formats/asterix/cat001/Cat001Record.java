package org.sargas.formats.asterix.cat001;

/**
 * One CAT001 1.4 target report, copied out of a {@link Cat001View}. Absent values are -1, NaN or
 * null.
 *
 * @param sac I001/010 SAC
 * @param sic I001/010 SIC
 * @param track I001/020 TYP: a track (else a plot)
 * @param detection I001/020 SSRPSR
 * @param rangeM I001/040 RHO, metres
 * @param azimuthRad I001/040 THETA, radians from north
 * @param mode3a I001/070 Mode 3/A code (12 bits, octal digits packed 3 bits each)
 * @param flightLevel I001/090 Mode C flight level
 * @param truncatedTimeOfDayS I001/141 time of day modulo 512 s
 * @param trackNumber I001/161 track/plot number
 * @param groundSpeedMps I001/200 calculated ground speed (tracks), m/s
 * @param headingRad I001/200 calculated heading (tracks), radians
 */
public record Cat001Record(
    int sac,
    int sic,
    boolean track,
    Cat001Detection detection,
    double rangeM,
    double azimuthRad,
    int mode3a,
    double flightLevel,
    double truncatedTimeOfDayS,
    int trackNumber,
    double groundSpeedMps,
    double headingRad) {}
