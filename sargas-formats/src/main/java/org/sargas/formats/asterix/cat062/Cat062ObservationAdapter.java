package org.sargas.formats.asterix.cat062;

import java.time.Instant;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * CAT062 system track to {@link Observation} (a fused track from elsewhere, treated as a report of
 * a {@code SYSTEM_TRACKER} sensor): sensor {@code "SAC/SIC"}, time from I062/070, the I062/105
 * position as a {@link GeodeticMeasurement}, altitude from I062/136 (pressure altitude) or
 * I062/130, identity from I062/060 and 380. Immutable and thread-safe.
 */
public final class Cat062ObservationAdapter {
  private static final double FT_M = 0.3048;
  private final double sigmaHorizontalM;
  private final double sigmaVerticalM;

  /**
   * @param sigmaHorizontalM 1-σ horizontal error assumed for the neighbour's tracks, metres
   * @param sigmaVerticalM 1-σ vertical error, metres
   */
  public Cat062ObservationAdapter(double sigmaHorizontalM, double sigmaVerticalM) {
    this.sigmaHorizontalM = sigmaHorizontalM;
    this.sigmaVerticalM = sigmaVerticalM;
  }

  /** The observation, or null when the track has no WGS-84 position or time. */
  public Observation toObservation(Cat062View v, Instant receiveTime) {
    double lat = v.latDeg();
    double tod = v.timeOfDayS();
    if (Double.isNaN(lat) || Double.isNaN(tod) || lat < -90 || lat > 90) {
      return null;
    }
    double altM = !Double.isNaN(v.flightLevel())
        ? v.flightLevel() * 100 * FT_M
        : v.geometricAltitudeFt() * FT_M;
    int address = v.icaoAddress();
    int mode3a = v.mode3a();
    String callsign = v.callsign();
    Identity id = address < 0 && callsign == null && mode3a < 0
        ? Identity.NONE
        : new Identity(address < 0 ? null : String.format("%06X", address),
            callsign == null || callsign.isEmpty() ? null : callsign,
            mode3a < 0 ? null : String.format("%04o", mode3a), null, null);
    return new Observation(
        v.sac() + "/" + v.sic(),
        TimeOfDay.resolve(tod, receiveTime),
        new GeodeticMeasurement(new GeoPoint(lat, v.lonDeg(), Double.isNaN(altM) ? 0 : altM),
            sigmaHorizontalM, Double.isNaN(altM) ? Double.NaN : sigmaVerticalM),
        altM,
        id);
  }
}
