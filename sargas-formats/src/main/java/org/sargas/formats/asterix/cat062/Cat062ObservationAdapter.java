package org.sargas.formats.asterix.cat062;

import java.time.Instant;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.GeodeticReport;
import org.sargas.model.observation.Observation;

/**
 * CAT062 system track to {@link Observation} (a fused track from elsewhere, treated as a report of
 * a {@code SYSTEM_TRACKER} sensor): sensor {@code "SAC/SIC"}, time from I062/070, the I062/105
 * position as a {@code GeodeticMeasurement}, altitude from I062/136 (pressure altitude) or
 * I062/130, identity from I062/060 and 380. Immutable and thread-safe.
 */
public final class Cat062ObservationAdapter {
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

  /**
   * The observation, sensor named "SAC/SIC", or null when the track has no WGS-84 position or time.
   */
  public Observation toObservation(Cat062View v, Instant receiveTime) {
    return toObservation(v.sac() + "/" + v.sic(), v, receiveTime);
  }

  /** The observation of sensor {@code sensorId}, or null when the track has no position or time. */
  public Observation toObservation(String sensorId, Cat062View v, Instant receiveTime) {
    return GeodeticReport.observation(
        sensorId,
        v.timeOfDayS(),
        receiveTime,
        v.latDeg(),
        v.lonDeg(),
        v.flightLevel(),
        v.geometricAltitudeFt(),
        AsterixIdentity.of(v.icaoAddress(), v.callsign(), v.mode3a()),
        sigmaHorizontalM,
        sigmaVerticalM);
  }
}
