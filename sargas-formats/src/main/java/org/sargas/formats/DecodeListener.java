package org.sargas.formats;

import java.time.Instant;
import org.sargas.model.observation.Observation;

/**
 * Receives what an {@link ObservationDecoder} finds in a frame, on the decoding thread, in frame
 * order.
 */
public interface DecodeListener {
  /** A report became an observation. */
  void observation(Observation observation);

  /** A frame or part of it could not be decoded (the rest of the frame is still delivered). */
  void failure(DecodeFailure failure);

  /**
   * A configured sensor showed signs of life: any record carrying its SAC/SIC (including CAT034
   * service messages), any valid Mode S frame or Remote ID message from its receiver.
   */
  default void sensorAlive(String sensorId, Instant receiveTime) {}

  /** An ASTERIX record from a SAC/SIC no configured sensor has ({@code sac << 8 | sic}). */
  default void unknownSource(int sacSic) {}

  /**
   * An SDPS reported the status of a configured sensor (ASTERIX CAT063, edition 1.7). This is not a
   * sign of life of that sensor: the status may say it is not connected.
   *
   * @param sacSic the sensor's ASTERIX address from I063/050, {@code sac << 8 | sic}
   * @param time when the SDPS sent the report (I063/030 resolved against the receive time, else the
   *     receive time)
   * @param status what the SDPS reported
   */
  default void sensorStatus(int sacSic, Instant time, SensorFeedStatus status) {}
}
