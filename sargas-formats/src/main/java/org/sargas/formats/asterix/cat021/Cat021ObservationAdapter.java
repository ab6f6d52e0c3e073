package org.sargas.formats.asterix.cat021;

import java.time.Instant;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * CAT021 ADS-B report to {@link Observation}: sensor {@code "SAC/SIC"}, time from I021/071, a
 * {@link GeodeticMeasurement} at the reported WGS-84 position with the flight level (pressure
 * altitude, FL × 100 ft) or else the geometric height as altitude, identity from I021/080 and 170.
 * Immutable and thread-safe.
 */
public final class Cat021ObservationAdapter {
  private static final double FT_M = 0.3048;
  private final double sigmaHorizontalM;
  private final double sigmaVerticalM;

  /**
   * @param sigmaHorizontalM 1-σ horizontal error assumed for reports, metres
   * @param sigmaVerticalM 1-σ vertical error, metres
   */
  public Cat021ObservationAdapter(double sigmaHorizontalM, double sigmaVerticalM) {
    this.sigmaHorizontalM = sigmaHorizontalM;
    this.sigmaVerticalM = sigmaVerticalM;
  }

  /** The observation, or null when the report has no position or time. */
  public Observation toObservation(Cat021View v, Instant receiveTime) {
    double lat = v.latDeg();
    double tod = v.timeOfDayS();
    if (Double.isNaN(lat) || Double.isNaN(tod) || lat < -90 || lat > 90) {
      return null;
    }
    double altM = !Double.isNaN(v.flightLevel())
        ? v.flightLevel() * 100 * FT_M
        : v.geometricHeightFt() * FT_M;
    int address = v.icaoAddress();
    String callsign = v.callsign();
    Identity id = address < 0 && callsign == null
        ? Identity.NONE
        : new Identity(address < 0 ? null : String.format("%06X", address),
            callsign == null || callsign.isEmpty() ? null : callsign, null, null, null);
    return new Observation(
        v.sac() + "/" + v.sic(),
        TimeOfDay.resolve(tod, receiveTime),
        new GeodeticMeasurement(new GeoPoint(lat, v.lonDeg(), Double.isNaN(altM) ? 0 : altM),
            sigmaHorizontalM, Double.isNaN(altM) ? Double.NaN : sigmaVerticalM),
        altM,
        id);
  }
}
