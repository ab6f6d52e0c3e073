package org.sargas.formats.asterix.cat034;

/**
 * The common content of an ASTERIX CAT034 service message (edition 1.29).
 *
 * @param sac I034/010 System Area Code
 * @param sic I034/010 System Identification Code
 * @param messageType I034/000
 * @param timeOfDayS I034/030 seconds since UTC midnight (1/128 s)
 * @param sectorAzimuthRad I034/020 sector azimuth, radians from north (wire: 360/2^8 deg), NaN
 *     absent
 * @param antennaRotationPeriodS I034/041 antenna rotation period, seconds (1/128 s), NaN absent
 */
public record Cat034Record(
    int sac,
    int sic,
    Cat034MessageType messageType,
    double timeOfDayS,
    double sectorAzimuthRad,
    double antennaRotationPeriodS) {

  /** A north marker message. */
  public static Cat034Record northMarker(
      int sac, int sic, double timeOfDayS, double rotationPeriodS) {
    return new Cat034Record(
        sac, sic, Cat034MessageType.NORTH_MARKER, timeOfDayS, 0.0, rotationPeriodS);
  }

  /** A sector crossing message. */
  public static Cat034Record sectorCrossing(
      int sac, int sic, double timeOfDayS, double sectorAzimuthRad) {
    return new Cat034Record(
        sac, sic, Cat034MessageType.SECTOR_CROSSING, timeOfDayS, sectorAzimuthRad, Double.NaN);
  }
}
