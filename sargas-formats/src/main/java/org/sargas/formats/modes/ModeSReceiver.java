package org.sargas.formats.modes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * The Mode S frames heard by one receiver, whatever carried them (Beast, AVR): decoded with the
 * receiver's per-aircraft state (CPR pairs; local decoding around the receiver's site when it is
 * configured), callsigns and emitter categories remembered per trusted address (identification
 * messages come every few seconds, positions twice a second) and every resolved position of a
 * trusted address turned into an {@link Observation} of the receiver, its error from the aircraft's
 * last NACp (else the receiver's calibration), event time = receive time. Not thread-safe: one per
 * feed.
 */
final class ModeSReceiver {
  /**
   * Identifications (callsign, emitter category) kept for at most this many aircraft (least
   * recently heard forgotten first).
   */
  private static final int MAX_IDENTIFIED = 8192;

  private final String sensorId;
  private final ModeSDecoder decoder;
  private final ModeSObservationAdapter adapter;
  private final ModeSFields fields = new ModeSFields();
  private final Map<Integer, Identity> identified =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Identity> eldest) {
          return size() > MAX_IDENTIFIED;
        }
      };

  ModeSReceiver(SensorCalibration receiver) {
    this.sensorId = receiver.sensorId();
    this.decoder =
        receiver.site() == null
            ? new ModeSDecoder()
            : new ModeSDecoder(
                4096, 60_000, false, receiver.site().latDeg(), receiver.site().lonDeg());
    this.adapter = new ModeSObservationAdapter(sensorId, receiver.sigmaHorizontalM());
  }

  /**
   * Decodes one Mode S frame.
   *
   * @return 1 if it gave an observation, else 0
   */
  int frame(
      byte[] buf,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long at,
      DecodeListener listener) {
    DecodeFailure f = decoder.decode(buf, off, len, receiveTime.toEpochMilli(), fields, source, at);
    if (f != null) {
      listener.failure(f);
      return 0;
    }
    listener.sensorAlive(sensorId, receiveTime);
    if (fields.callsignLength > 0 && fields.icaoTrusted) {
      // DO-260B identification and category message (TC 1-4): callsign and emitter category.
      EmitterCategory category =
          fields.typeCode >= 1 && fields.typeCode <= 4 && fields.category >= 0
              ? EmitterCategory.ofAdsb(fields.typeCode, fields.category)
              : null;
      identified.put(
          fields.icao,
          new Identity(
              null, fields.callsignString(), null, null, null, category, null, null, null, null));
    }
    Observation o = adapter.toObservation(fields, receiveTime, fields.knownNacp);
    if (o == null) {
      return 0;
    }
    Identity declared = identified.get(fields.icao);
    if (declared != null) {
      o =
          new Observation(
              o.sensorId(),
              o.time(),
              o.measurement(),
              o.altitudeM(),
              o.identity().mergedWith(declared));
    }
    listener.observation(o);
    return 1;
  }
}
