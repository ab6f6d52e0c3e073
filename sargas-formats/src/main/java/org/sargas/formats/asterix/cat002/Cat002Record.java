package org.sargas.formats.asterix.cat002;

/**
 * One CAT002 1.2 service message, copied out of a {@link Cat002View}. Absent values are -1, NaN or
 * null.
 *
 * @param sac I002/010 SAC
 * @param sic I002/010 SIC
 * @param messageType I002/000
 * @param timeOfDayS I002/030 time of day, seconds since UTC midnight
 * @param sectorAzimuthRad I002/020 sector number as an azimuth, radians
 * @param antennaRotationPeriodS I002/041 antenna rotation period, seconds
 */
public record Cat002Record(
    int sac,
    int sic,
    Cat002MessageType messageType,
    double timeOfDayS,
    double sectorAzimuthRad,
    double antennaRotationPeriodS) {}
