package org.sargas.formats.asterix.cat048;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/**
 * Turns a CAT048 plot into an {@link Observation}: sensor id {@code "SAC/SIC"}, event time from
 * I048/140 resolved against the frame's receive time, a {@link PolarMeasurement} from I048/040 with
 * the radar's configured noise, the Mode C flight level as altitude (pressure altitude in metres,
 * FL × 100 ft; no QNH or geoid correction), and the identity in I048/070, 220 and 240. Immutable
 * and thread-safe.
 */
public final class Cat048ObservationAdapter {
  private static final double FT_M = 0.3048;
  private final double sigmaRangeM;
  private final double sigmaAzimuthRad;

  /**
   * @param sigmaRangeM the radar's 1-σ range noise, metres
   * @param sigmaAzimuthRad the radar's 1-σ azimuth noise, radians
   */
  public Cat048ObservationAdapter(double sigmaRangeM, double sigmaAzimuthRad) {
    this.sigmaRangeM = sigmaRangeM;
    this.sigmaAzimuthRad = sigmaAzimuthRad;
  }

  /** The sensor id convention for ASTERIX sources: {@code "SAC/SIC"}, e.g. {@code "25/201"}. */
  public static String sensorId(int sac, int sic) {
    return sac + "/" + sic;
  }

  /**
   * The observation of a plot, its sensor named {@link #sensorId(int, int) "SAC/SIC"}.
   *
   * @param plot a wrapped CAT048 record
   * @param receiveTime when the frame arrived (resolves the day of I048/140)
   * @return the observation, or null when the record has no position (I048/040) or no time
   */
  public Observation toObservation(Cat048View plot, Instant receiveTime) {
    return plot.sac() < 0
        ? null
        : toObservation(sensorId(plot.sac(), plot.sic()), plot, receiveTime);
  }

  /**
   * The observation of a plot of the sensor {@code sensorId}. Altitude: the Mode C flight level
   * (I048/090) when present, else the 3-D radar's measured height (I048/110), else NaN.
   *
   * @return the observation, or null when the record has no position (I048/040) or no time, or
   *     holds a value outside its domain ({@link Cat048View#domainViolations})
   */
  public Observation toObservation(String sensorId, Cat048View plot, Instant receiveTime) {
    return toObservation(sensorId, plot, receiveTime, null, null);
  }

  /**
   * As {@link #toObservation(String, Cat048View, Instant)}, reporting each value outside its domain
   * to {@code failures}: a plot holding one gives no observation.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain (null: not reported)
   */
  public Observation toObservation(
      String sensorId,
      Cat048View plot,
      Instant receiveTime,
      String source,
      Consumer<DecodeFailure> failures) {
    if (plot.domainViolations(source, failures) > 0) {
      return null;
    }
    double range = plot.rangeM();
    double tod = plot.timeOfDayS();
    if (Double.isNaN(range) || Double.isNaN(tod) || plot.sac() < 0) {
      return null;
    }
    PolarMeasurement m =
        PolarMeasurement.of(range, plot.azimuthRad(), sigmaRangeM, sigmaAzimuthRad);
    double fl = plot.flightLevel();
    double altM = Double.isNaN(fl) ? plot.height3dFt() * FT_M : fl * 100.0 * FT_M;
    Identity id = AsterixIdentity.of(plot.icaoAddress(), plot.callsign(), plot.mode3a());
    return new Observation(sensorId, TimeOfDay.resolve(tod, receiveTime), m, altM, id);
  }
}
