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
}
