package org.sargas.formats.asterix.cat021;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.GeodeticReport;
import org.sargas.model.observation.Observation;

/**
 * CAT021 ADS-B report to {@link Observation}: sensor {@code "SAC/SIC"}, time from I021/071, a
 * {@code GeodeticMeasurement} at the reported WGS-84 position with the flight level (pressure
 * altitude, FL × 100 ft) or else the geometric height as altitude, identity from I021/080 and 170.
 * Immutable and thread-safe.
 */
public final class Cat021ObservationAdapter {
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

  /** The observation, sensor named "SAC/SIC", or null when the report has no position or time. */
  public Observation toObservation(Cat021View v, Instant receiveTime) {
    return toObservation(v.sac() + "/" + v.sic(), v, receiveTime);
  }

  /**
   * The observation of sensor {@code sensorId}, or null when the report has no position or time or
   * holds a value outside its domain.
   */
  public Observation toObservation(String sensorId, Cat021View v, Instant receiveTime) {
    return toObservation(sensorId, v, receiveTime, null, null);
  }

  /**
   * As {@link #toObservation(String, Cat021View, Instant)}, reporting each value outside its domain
   * ({@link Cat021View#domainViolations}) to {@code failures}: a record holding one gives no
   * observation.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain (null: not reported)
   */
  public Observation toObservation(
      String sensorId,
      Cat021View v,
      Instant receiveTime,
      String source,
      Consumer<DecodeFailure> failures) {
    if (v.domainViolations(source, failures) > 0) {
      return null;
    }
    return GeodeticReport.observation(
        sensorId,
        v.timeOfDayS(),
        receiveTime,
        v.latDeg(),
        v.lonDeg(),
        v.flightLevel(),
        v.geometricHeightFt(),
        AsterixIdentity.of(v.icaoAddress(), v.callsign(), -1, v.emitterCategoryCode()),
        sigmaHorizontalM,
        sigmaVerticalM);
  }
}
