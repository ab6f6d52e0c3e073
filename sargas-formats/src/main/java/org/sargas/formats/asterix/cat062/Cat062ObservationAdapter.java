package org.sargas.formats.asterix.cat062;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.observation.WakeTurbulenceCategory;

/**
 * CAT062 system track to {@link Observation}: a track report of another tracker (a {@code
 * SYSTEM_TRACKER} sensor), fused by the tracker as a track, not as a plot. Sensor {@code
 * "SAC/SIC"}, time from I062/070 (time of track information), a {@link SystemTrackMeasurement} with
 * the I062/105 position, the I062/185 velocity (taken as east/north at the track: the source's
 * system plane is not known), the I062/040 track number, the I062/290 age of the freshest sensor
 * data, and the accuracies of I062/500 (APC and COV, else APW; ATV) — else the configured defaults,
 * the position's grown by the default velocity error over that age; altitude from I062/136
 * (pressure altitude) or I062/130; identity from I062/060, 380 and 390 ({@link #identity}).
 * Immutable and thread-safe.
 */
public final class Cat062ObservationAdapter {
  /** 1-σ velocity error assumed for tracks without I062/500 ATV, m/s. */
  public static final double DEFAULT_SIGMA_VELOCITY_MPS = 5.0;

  private static final double FT_M = 0.3048;
  private static final double MEAN_RADIUS_M = 6_371_000.0;
  private final double sigmaHorizontalM;
  private final double sigmaVerticalM;
  private final double sigmaVelocityMps;

  /**
   * @param sigmaHorizontalM 1-σ horizontal error assumed for the neighbour's tracks without
   *     I062/500 APC, metres
   * @param sigmaVerticalM 1-σ vertical error, metres
   */
  public Cat062ObservationAdapter(double sigmaHorizontalM, double sigmaVerticalM) {
    this(sigmaHorizontalM, sigmaVerticalM, DEFAULT_SIGMA_VELOCITY_MPS);
  }

  /**
   * @param sigmaHorizontalM 1-σ horizontal error assumed for tracks without I062/500 APC, metres
   * @param sigmaVerticalM 1-σ vertical error, metres
   * @param sigmaVelocityMps 1-σ velocity error per axis assumed for tracks without I062/500 ATV,
   *     m/s
   */
  public Cat062ObservationAdapter(
      double sigmaHorizontalM, double sigmaVerticalM, double sigmaVelocityMps) {
    this.sigmaHorizontalM = sigmaHorizontalM;
    this.sigmaVerticalM = sigmaVerticalM;
    this.sigmaVelocityMps = sigmaVelocityMps;
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
    double latDeg = v.latDeg();
    double lonDeg = v.lonDeg();
    double timeOfDayS = v.timeOfDayS();
    if (Double.isNaN(latDeg) || Double.isNaN(lonDeg) || Double.isNaN(timeOfDayS)) {
      return null;
    }
    double flightLevel = v.flightLevel();
    double altM =
        !Double.isNaN(flightLevel) ? flightLevel * 100 * FT_M : v.geometricAltitudeFt() * FT_M;
    boolean hasAlt = !Double.isNaN(altM);
    return new Observation(
        sensorId,
        TimeOfDay.resolve(timeOfDayS, receiveTime),
        measurement(v, new GeoPoint(latDeg, lonDeg, hasAlt ? altM : 0), hasAlt),
        altM,
        identity(v));
  }

  /** Position, velocity and their accuracies: I062/500 where given, else the defaults. */
  private SystemTrackMeasurement measurement(Cat062View v, GeoPoint position, boolean hasAlt) {
    double ageS = v.updateAgeS();
    double sx = v.positionSigmaXM();
    double sy = v.positionSigmaYM();
    double cov = v.positionCovarianceXYM2();
    if (!(sx > 0) || !(sy > 0)) {
      // No APC: APW (WGS-84) in metres, on the sphere of the mean radius.
      sx =
          Math.toRadians(v.positionSigmaLonDeg())
              * MEAN_RADIUS_M
              * Math.cos(Math.toRadians(position.latDeg()));
      sy = Math.toRadians(v.positionSigmaLatDeg()) * MEAN_RADIUS_M;
      cov = 0;
    }
    if (!(sx > 0) || !(sy > 0)) {
      // Neither APC nor APW: the configured error, grown by the default velocity error over the
      // data's age
      // (the source extrapolated the track that long).
      double grown =
          Double.isNaN(ageS)
              ? sigmaHorizontalM
              : Math.hypot(sigmaHorizontalM, sigmaVelocityMps * ageS);
      sx = grown;
      sy = grown;
      cov = 0;
    } else if (Double.isNaN(cov) || cov * cov >= sx * sx * sy * sy) {
      cov = 0;
    }
    double vx = v.vxMps();
    double vy = v.vyMps();
    double svx = v.velocitySigmaXMps();
    double svy = v.velocitySigmaYMps();
    // An ATV of 0 (below the 0.25 m/s resolution) is floored at that resolution.
    svx = Double.isNaN(svx) ? sigmaVelocityMps : Math.max(svx, 0.25);
    svy = Double.isNaN(svy) ? sigmaVelocityMps : Math.max(svy, 0.25);
    return new SystemTrackMeasurement(
        position,
        sx,
        sy,
        cov,
        vx,
        vy,
        svx,
        svy,
        hasAlt ? sigmaVerticalM : Double.NaN,
        v.trackNumber(),
        ageS);
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
