package org.sargas.formats.asterix.cat048;

/**
 * The common content of an ASTERIX CAT048 target report (editions 1.31/1.32), in SI units where the
 * wire uses NM and degrees. Absent optional values are NaN (doubles), -1 (codes and numbers) or
 * null (text).
 *
 * @param sac I048/010 System Area Code, 0..255
 * @param sic I048/010 System Identification Code, 0..255
 * @param timeOfDayS I048/140 seconds since UTC midnight, resolution 1/128 s
 * @param detectionType I048/020 TYP
 * @param rangeM I048/040 RHO slant range in metres (wire: 1/256 NM, &lt; 256 NM)
 * @param azimuthRad I048/040 THETA, radians clockwise from north (wire: 360/2^16 deg)
 * @param mode3a I048/070 Mode 3/A code as its 12-bit value (octal 7700 = {@code 07700}), -1 absent
 * @param flightLevel I048/090 flight level (hundreds of feet, resolution 1/4 FL), NaN absent
 * @param icaoAddress I048/220 24-bit aircraft address, -1 absent
 * @param callsign I048/240 aircraft identification (up to 8 characters), null absent
 * @param trackNumber I048/161 track number 0..4095, -1 absent
 * @param groundSpeedMps I048/200 calculated ground speed, m/s (wire: 2^-14 NM/s), NaN absent
 * @param headingRad I048/200 calculated heading, radians from north, NaN absent
 */
public record Cat048Record(
    int sac,
    int sic,
    double timeOfDayS,
    Cat048DetectionType detectionType,
    double rangeM,
    double azimuthRad,
    int mode3a,
    double flightLevel,
    int icaoAddress,
    String callsign,
    int trackNumber,
    double groundSpeedMps,
    double headingRad) {

  /** A primary-only plot: position and time, no transponder data. */
  public static Cat048Record primaryPlot(
      int sac, int sic, double timeOfDayS, double rangeM, double azimuthRad) {
    return new Cat048Record(
        sac,
        sic,
        timeOfDayS,
        Cat048DetectionType.PSR,
        rangeM,
        azimuthRad,
        -1,
        Double.NaN,
        -1,
        null,
        -1,
        Double.NaN,
        Double.NaN);
  }

  /** The Mode 3/A code as 4 octal digits, e.g. {@code "7700"}, or null. */
  public String mode3aOctal() {
    return mode3a < 0 ? null : String.format("%04o", mode3a);
  }
}
