package org.sargas.model.observation;

import java.time.Instant;
import java.util.Objects;

/**
 * One report of one sensor about one (possibly false) target at one event time.
 *
 * @param sensorId the reporting sensor's id
 * @param time event time of the measurement (when the target was there, not when the frame arrived)
 * @param measurement the sensor's own measurement with its noise
 * @param altitudeM height above the ellipsoid in metres if the report carries one (Mode C/S
 *     altitude, GNSS height), else NaN
 * @param identity identity hints in the report; {@link Identity#NONE} for a primary echo
 */
public record Observation(
    String sensorId, Instant time, Measurement measurement, double altitudeM, Identity identity) {
  public Observation {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(measurement, "measurement");
    identity = identity == null ? Identity.NONE : identity;
  }

  /** Whether the report carries an altitude. */
  public boolean hasAltitude() {
    return !Double.isNaN(altitudeM);
  }
}
