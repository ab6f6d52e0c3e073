package org.sargas.formats.remoteid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.model.observation.Observation;

/**
 * Remote ID broadcasts heard by one receiver to observations. A frame is the ASTM F3411-22a payload
 * of one broadcast, as a receiver relays it (one UDP datagram per broadcast; a capture file's
 * link-layer framing is removed by the ingest first): a single 25-octet message or a Message Pack
 * (type 0xF). The broadcast's Location/Vector becomes an observation of the receiver with the
 * broadcast's own horizontal accuracy (else the receiver's calibration), the Basic ID as {@code
 * identity.remoteIdSerial} and the System message's operator position; event time = receive time. A
 * frame without a valid Location/Vector marks the receiver alive and gives no observation; a
 * message with a value outside its domain (a latitude of 95°) is a failure and is left out, the
 * rest of the broadcast still counts. A broken framing is a failure of the whole frame. Not
 * thread-safe: one per feed.
 */
public final class RemoteIdObservationDecoder implements ObservationDecoder {
  private final SensorCalibration receiver;
  private final RemoteIdObservationAdapter adapter;
  private final List<RemoteIdMessage> messages = new ArrayList<>(9);

  /**
   * @param receiver the receiver's id and default error
   */
  public RemoteIdObservationDecoder(SensorCalibration receiver) {
    this.receiver = receiver;
    this.adapter = new RemoteIdObservationAdapter(receiver.sensorId(), receiver.sigmaHorizontalM());
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
    messages.clear();
    if (!RemoteIdDecoder.decode(
        bytes, off, len, source, sourceOffset, messages::add, listener::failure)) {
      return 0;
    }
    listener.sensorAlive(receiver.sensorId(), receiveTime);
    Observation o = adapter.toObservation(messages, receiveTime);
    if (o == null) {
      return 0;
    }
    listener.observation(o);
    return 1;
  }
}
