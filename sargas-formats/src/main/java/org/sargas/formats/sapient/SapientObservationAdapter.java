package org.sargas.formats.sapient;

import java.time.Instant;
import org.sargas.formats.SensorCalibration;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Measurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/**
 * A {@link SapientDetection} of one configured node to an {@link Observation} of that node:
 *
 * <ul>
 *   <li>a location → {@link GeodeticMeasurement} with the report's own errors, else the node's
 *       calibrated {@code sigmaHorizontalM}/{@code sigmaVerticalM}; the altitude when reported
 *       above the ellipsoid;
 *   <li>an azimuth without range → {@link BearingMeasurement}, σ from the azimuth error, else the
 *       calibrated {@code sigmaAzimuthRad};
 *   <li>azimuth and range → {@link PolarMeasurement} (with elevation when reported; σ of elevation
 *       from its error, else the calibrated azimuth σ).
 * </ul>
 *
 * Angles become radians, azimuths are normalised to [0, 2π). Event time is the message's timestamp,
 * else the receive time. Classification, object id and confidences have no place in an observation
 * and are not carried. Stateless and thread-safe.
 */
public final class SapientObservationAdapter {
  private static final double TWO_PI = 2 * Math.PI;
  private final SensorCalibration node;

  /**
   * @param node the node's sensor id and default errors
   */
  public SapientObservationAdapter(SensorCalibration node) {
    this.node = node;
  }

  /** The observation of a detection received at {@code receiveTime}. */
  public Observation toObservation(SapientDetection d, Instant receiveTime) {
    Instant time = d.time() != null ? d.time() : receiveTime;
    Measurement m;
    double altitudeM = Double.NaN;
    if (d.hasLocation()) {
      altitudeM = d.location().altitudeM();
      double sigmaV =
          Double.isNaN(altitudeM) ? Double.NaN : or(d.sigmaVerticalM(), node.sigmaVerticalM());
      m =
          new GeodeticMeasurement(
              d.location(), or(d.sigmaHorizontalM(), node.sigmaHorizontalM()), sigmaV);
    } else {
      double az = Math.toRadians(d.azimuthDeg()) % TWO_PI;
      az = az < 0 ? az + TWO_PI : az;
      az = az >= TWO_PI ? 0 : az;
      double sigmaAz = or(Math.toRadians(d.sigmaAzimuthDeg()), node.sigmaAzimuthRad());
      if (Double.isNaN(d.rangeM())) {
        m = new BearingMeasurement(az, sigmaAz);
      } else {
        double el = Math.toRadians(d.elevationDeg());
        double sigmaEl =
            Double.isNaN(el)
                ? Double.NaN
                : or(Math.toRadians(d.sigmaElevationDeg()), node.sigmaAzimuthRad());
        m =
            new PolarMeasurement(
                d.rangeM(), az, el, or(d.sigmaRangeM(), node.sigmaRangeM()), sigmaAz, sigmaEl);
      }
    }
    return new Observation(node.sensorId(), time, m, altitudeM, Identity.NONE);
  }

  private static double or(double v, double fallback) {
    return Double.isNaN(v) ? fallback : v;
  }
}
