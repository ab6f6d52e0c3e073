package org.sargas.formats.modes;

import java.time.Instant;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.TextLines;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * BaseStation (SBS-1, port 30003) CSV of one receiver to observations: lines reassembled across
 * chunks, each {@code MSG} line with a position becomes an observation of the receiver (its
 * horizontal and vertical error from the receiver's calibration: SBS carries no accuracy), event
 * time = receive time, identity from the line's address, callsign and squawk. Malformed lines are
 * {@link org.sargas.formats.DecodeFailure}s at their offset. Not thread-safe: one per feed.
 */
public final class SbsObservationDecoder implements ObservationDecoder {
  private static final double FT_M = 0.3048;
  private final SensorCalibration receiver;
  private final TextLines lines = new TextLines();

  /**
   * @param receiver the receiver's id and default error
   */
  public SbsObservationDecoder(SensorCalibration receiver) {
    this.receiver = receiver;
  }

  @Override
  public int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener) {
    int[] count = {0};
    lines.feed(
        bytes,
        off,
        len,
        sourceOffset,
        (l, at) -> {
          SbsMessage m = SbsParser.parse(l, source, at, listener::failure);
          if (m == null) {
            return;
          }
          listener.sensorAlive(receiver.sensorId(), receiveTime);
          if (Double.isNaN(m.latDeg()) || m.icao() == null) {
            return;
          }
          double altM = m.altitudeFt() * FT_M;
          listener.observation(
              new Observation(
                  receiver.sensorId(),
                  receiveTime,
                  new GeodeticMeasurement(
                      new GeoPoint(m.latDeg(), m.lonDeg(), Double.isNaN(altM) ? 0 : altM),
                      receiver.sigmaHorizontalM(),
                      Double.isNaN(altM) ? Double.NaN : receiver.sigmaVerticalM()),
                  altM,
                  new Identity(m.icao(), m.callsign(), m.squawk(), null, null)));
          count[0]++;
        });
    return count[0];
  }
}
