package org.sargas.formats.asterix.cat001;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixIdentity;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/**
 * Turns a CAT001 plot or track of an older radar into an {@link Observation}, as CAT048 plots are:
 * a {@link PolarMeasurement} from I001/040 with the radar's configured noise, the Mode C flight
 * level I001/090 as altitude (pressure altitude, FL × 100 ft), the Mode 3/A code I001/070 as
 * identity. The event time is the truncated time of day I001/141 completed against a reference time
 * of day — the radar's last CAT002 time of day, carried forward, or else the receive time's — then
 * resolved against the receive time. A report without I001/141 takes the reference itself.
 * Immutable and thread-safe.
 */
public final class Cat001ObservationAdapter {
  private static final double FT_M = 0.3048;
  private final double sigmaRangeM;
  private final double sigmaAzimuthRad;

  /**
   * @param sigmaRangeM the radar's 1-σ range noise, metres
   * @param sigmaAzimuthRad the radar's 1-σ azimuth noise, radians
   */
  public Cat001ObservationAdapter(double sigmaRangeM, double sigmaAzimuthRad) {
    this.sigmaRangeM = sigmaRangeM;
    this.sigmaAzimuthRad = sigmaAzimuthRad;
  }

  /**
   * The observation of a report of the sensor {@code sensorId}.
   *
   * @param referenceTodS the radar's time of day near the report (its last CAT002 I002/030 plus the
   *     time since), seconds; NaN to use the receive time's
   * @param source feed name for failures
   * @param failures receives one failure per value outside its domain (null: not reported)
   * @return the observation, or null when the report has no position (I001/040) or holds a value
   *     outside its domain ({@link Cat001View#domainViolations})
   */
  public Observation toObservation(
      String sensorId,
      Cat001View report,
      Instant receiveTime,
      double referenceTodS,
      String source,
      Consumer<DecodeFailure> failures) {
    if (report.domainViolations(source, failures) > 0) {
      return null;
    }
    double range = report.rangeM();
    if (Double.isNaN(range)) {
      return null;
    }
    double ref = Double.isNaN(referenceTodS) ? TimeOfDay.of(receiveTime) : referenceTodS;
    int truncated = report.truncatedTimeOfDay128();
    double tod = truncated < 0 ? ref : TimeOfDay.resolveTruncated(truncated, ref);
    PolarMeasurement m =
        PolarMeasurement.of(range, report.azimuthRad(), sigmaRangeM, sigmaAzimuthRad);
    double altM = report.flightLevel() * 100.0 * FT_M;
    Identity id = AsterixIdentity.of(-1, null, report.mode3a());
    return new Observation(sensorId, TimeOfDay.resolve(tod, receiveTime), m, altM, id);
  }
}
