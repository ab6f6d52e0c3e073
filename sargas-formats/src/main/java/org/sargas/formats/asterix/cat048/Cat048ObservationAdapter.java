package org.sargas.formats.asterix.cat048;

import java.time.Instant;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/**
 * Turns a CAT048 plot into an {@link Observation}: sensor id {@code "SAC/SIC"}, event time from
 * I048/140 resolved against the frame's receive time, a {@link PolarMeasurement} from I048/040
 * with the radar's configured noise, the Mode C flight level as altitude (pressure altitude in
 * metres, FL × 100 ft; no QNH or geoid correction), and the identity in I048/070, 220 and 240.
 * Immutable and thread-safe.
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
   * @param plot a wrapped CAT048 record
   * @param receiveTime when the frame arrived (resolves the day of I048/140)
   * @return the observation, or null when the record has no position (I048/040) or no time
   */
  public Observation toObservation(Cat048View plot, Instant receiveTime) {
    double range = plot.rangeM();
    double tod = plot.timeOfDayS();
    if (Double.isNaN(range) || Double.isNaN(tod) || plot.sac() < 0) {
      return null;
    }
    PolarMeasurement m = PolarMeasurement.of(range, plot.azimuthRad(), sigmaRangeM, sigmaAzimuthRad);
    double fl = plot.flightLevel();
    Identity id = AsterixIdentity.of(plot.icaoAddress(), plot.callsign(), plot.mode3a());
    return new Observation(
        sensorId(plot.sac(), plot.sic()),
        TimeOfDay.resolve(tod, receiveTime),
        m,
        Double.isNaN(fl) ? Double.NaN : fl * 100.0 * FT_M,
        id);
  }
}
