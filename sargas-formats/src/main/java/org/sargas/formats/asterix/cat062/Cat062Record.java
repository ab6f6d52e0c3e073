package org.sargas.formats.asterix.cat062;

/**
 * The common content of an ASTERIX CAT062 system track (editions 1.19/1.21). Absent values are NaN,
 * -1 or null.
 *
 * @param sac I062/010 System Area Code
 * @param sic I062/010 System Identification Code
 * @param timeOfDayS I062/070 time of track information, seconds since UTC midnight
 * @param trackNumber I062/040 track number 0..65535
 * @param latDeg I062/105 WGS-84 latitude, degrees (LSB 180/2^25)
 * @param lonDeg I062/105 longitude, degrees
 * @param xM I062/100 system-plane x, metres (0.5 m), NaN absent
 * @param yM I062/100 system-plane y, metres, NaN absent
 * @param vxMps I062/185 velocity x (east in the system plane), m/s (0.25), NaN absent
 * @param vyMps I062/185 velocity y, m/s, NaN absent
 * @param mode3a I062/060 Mode 3/A 12-bit code, -1 absent
 * @param icaoAddress I062/380 subfield #1 (ADR), -1 absent
 * @param callsign I062/380 subfield #2 (ID) or I062/245, null absent
 * @param flightLevel I062/136 measured flight level, NaN absent
 * @param geometricAltitudeFt I062/130 calculated geometric altitude, feet (6.25), NaN absent
 * @param rateOfClimbFtMin I062/220 rate of climb/descent, ft/min (6.25), NaN absent
 * @param tentative I062/080 CNF: true for a tentative track
 * @param emitterCategory I062/380 EMC emitter category code 1–24, -1 absent
 * @param flightPlan I062/390 flight-plan related data, null absent
 * @param accuracy I062/500 estimated accuracies, null absent
 * @param trackAgeS I062/290 TRK: time since the track's first occurrence, s (0.25), NaN absent
 * @param updateAgeS I062/290: age of the freshest sensor data (least of the technology ages), s;
 *     NaN absent
 */
public record Cat062Record(
    int sac,
    int sic,
    double timeOfDayS,
    int trackNumber,
    double latDeg,
    double lonDeg,
    double xM,
    double yM,
    double vxMps,
    double vyMps,
    int mode3a,
    int icaoAddress,
    String callsign,
    double flightLevel,
    double geometricAltitudeFt,
    double rateOfClimbFtMin,
    boolean tentative,
    int emitterCategory,
    Cat062FlightPlan flightPlan,
    Cat062Accuracy accuracy,
    double trackAgeS,
    double updateAgeS) {

  /** A track without I062/380 EMC, I062/390, I062/500 and I062/290. */
  public Cat062Record(
      int sac,
      int sic,
      double timeOfDayS,
      int trackNumber,
      double latDeg,
      double lonDeg,
      double xM,
      double yM,
      double vxMps,
      double vyMps,
      int mode3a,
      int icaoAddress,
      String callsign,
      double flightLevel,
      double geometricAltitudeFt,
      double rateOfClimbFtMin,
      boolean tentative) {
    this(
        sac,
        sic,
        timeOfDayS,
        trackNumber,
        latDeg,
        lonDeg,
        xM,
        yM,
        vxMps,
        vyMps,
        mode3a,
        icaoAddress,
        callsign,
        flightLevel,
        geometricAltitudeFt,
        rateOfClimbFtMin,
        tentative,
        -1,
        null,
        null,
        Double.NaN,
        Double.NaN);
  }
}
