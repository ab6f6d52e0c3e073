package org.sargas.formats.asterix.cat062;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.GeodeticReport;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.WakeTurbulenceCategory;

/**
 * CAT062 system track to {@link Observation} (a fused track from elsewhere, treated as a report of
 * a {@code SYSTEM_TRACKER} sensor): sensor {@code "SAC/SIC"}, time from I062/070, the I062/105
 * position as a {@code GeodeticMeasurement}, altitude from I062/136 (pressure altitude) or
 * I062/130, identity from I062/060, 380 and 390 ({@link #identity}). Immutable and thread-safe.
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

  /**
   * The observation of sensor {@code sensorId}, or null when the track has no position or time or
   * holds a value outside its domain.
   */
  public Observation toObservation(String sensorId, Cat062View v, Instant receiveTime) {
    return toObservation(sensorId, v, receiveTime, null, null);
  }

  /**
   * As {@link #toObservation(String, Cat062View, Instant)}, reporting each value outside its domain
   * ({@link Cat062View#domainViolations}) to {@code failures}: a record holding one gives no
   * observation.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain (null: not reported)
   */
  public Observation toObservation(
      String sensorId,
      Cat062View v,
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
        v.geometricAltitudeFt(),
        identity(v),
        sigmaHorizontalM,
        sigmaVerticalM);
  }

  /**
   * The identity a system track carries: I062/380 ADR (address), ID (callsign; else I062/245, else
   * the flight plan's I062/390 CS) and EMC (emitter category), I062/060 (Mode 3/A), and the flight
   * plan's I062/390 TAC (type), WTC (wake category), DEP and DST (aerodromes).
   */
  public static Identity identity(Cat062View v) {
    String callsign = v.callsign();
    if (callsign == null || callsign.isBlank()) {
      callsign = v.flightPlanCallsign();
    }
    Identity id =
        AsterixIdentity.of(v.icaoAddress(), callsign, v.mode3a(), v.emitterCategoryCode());
    String wtc = v.wakeCategory();
    String type = v.aircraftType();
    if (type == null && wtc == null && v.departure() == null && v.destination() == null) {
      return id;
    }
    return id.withDescription(
            id.emitterCategory(),
            type,
            wtc == null ? null : WakeTurbulenceCategory.ofIcao(wtc.charAt(0)))
        .withAerodromes(v.departure(), v.destination());
  }
}
