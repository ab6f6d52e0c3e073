package org.sargas.formats.asterix;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * The shared step of the CAT021 and CAT062 adapters: a WGS-84 report with a pressure altitude
 * (flight level) or else a geometric altitude becomes an {@link Observation} with a {@link
 * GeodeticMeasurement}.
 */
public final class GeodeticReport {
  private static final double FT_M = 0.3048;

  private GeodeticReport() {}

  /**
   * @param sensorId reporting sensor
   * @param timeOfDayS ASTERIX time of day, seconds (resolved against {@code receiveTime})
   * @param latDeg latitude, degrees
   * @param lonDeg longitude, degrees
   * @param flightLevel flight level or NaN (preferred: the tracker fuses pressure altitudes)
   * @param geometricAltitudeFt geometric altitude in feet or NaN
   * @return the observation, or null without time or with an impossible latitude
   */
  public static Observation observation(
      String sensorId,
      double timeOfDayS,
      Instant receiveTime,
      double latDeg,
      double lonDeg,
      double flightLevel,
      double geometricAltitudeFt,
      Identity identity,
      double sigmaHorizontalM,
      double sigmaVerticalM) {
    if (Double.isNaN(latDeg)
        || Double.isNaN(lonDeg)
        || Double.isNaN(timeOfDayS)
        || latDeg < -90
        || latDeg > 90) {
      return null;
    }
    double altM =
        !Double.isNaN(flightLevel) ? flightLevel * 100 * FT_M : geometricAltitudeFt * FT_M;
    boolean hasAlt = !Double.isNaN(altM);
    return new Observation(
        sensorId,
        TimeOfDay.resolve(timeOfDayS, receiveTime),
        new GeodeticMeasurement(
            new GeoPoint(latDeg, lonDeg, hasAlt ? altM : 0),
            sigmaHorizontalM,
            hasAlt ? sigmaVerticalM : Double.NaN),
        altM,
        identity);
  }
}
