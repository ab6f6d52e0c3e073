package org.sargas.formats.remoteid;

import java.time.Instant;
import java.util.List;
import org.sargas.formats.FieldDomain;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * The messages of one Remote ID broadcast (a Message Pack, or messages collected per transmitter)
 * to an {@link Observation}: the Location/Vector position as a {@link GeodeticMeasurement} with the
 * geodetic altitude (else pressure altitude), the horizontal accuracy category as 1-σ (F3411 Table
 * 10 95 % bounds / 2), the Basic ID as {@code remoteIdSerial} and the System message's operator
 * location. Event time is the receive time (the F3411 timestamp holds only tenths of a second
 * within the hour). Immutable and thread-safe.
 */
public final class RemoteIdObservationAdapter {
  /** 95 % bound per horizontal accuracy category (F3411-22a Table 10: 1 = < 10 NM … 12 = < 1 m). */
  private static final double[] HORIZONTAL_95_M = {
    Double.NaN, 18520, 7408, 3704, 1852, 926, 555.6, 185.2, 92.6, 30, 10, 3, 1
  };

  private final String sensorId;
  private final double defaultSigmaM;

  /**
   * @param sensorId the receiver's sensor id
   * @param defaultSigmaM 1-σ horizontal error when the accuracy is unknown, metres
   */
  public RemoteIdObservationAdapter(String sensorId, double defaultSigmaM) {
    this.sensorId = sensorId;
    this.defaultSigmaM = defaultSigmaM;
  }

  /**
   * The observation, or null when the messages hold no position in its domain (latitude, longitude,
   * altitude: see {@link FieldDomain}; {@link RemoteIdDecoder} already reports and drops such
   * messages).
   */
  public Observation toObservation(List<RemoteIdMessage> messages, Instant receiveTime) {
    RemoteIdMessage.LocationVector loc = null;
    String serial = null;
    GeoPoint operator = null;
    for (RemoteIdMessage m : messages) {
      if (m instanceof RemoteIdMessage.LocationVector l) {
        loc = l;
      } else if (m instanceof RemoteIdMessage.BasicId b
          && (serial == null || b.idType() == RemoteIdIdType.SERIAL_NUMBER)) {
        serial = b.uasId();
      } else if (m instanceof RemoteIdMessage.SystemInfo s
          && (s.operatorLatDeg() != 0 || s.operatorLonDeg() != 0)
          && FieldDomain.LATITUDE.contains(s.operatorLatDeg())
          && FieldDomain.LONGITUDE.contains(s.operatorLonDeg())) {
        operator = GeoPoint.of(s.operatorLatDeg(), s.operatorLonDeg());
      }
    }
    if (loc == null
        || !FieldDomain.LATITUDE.contains(loc.latDeg())
        || !FieldDomain.LONGITUDE.contains(loc.lonDeg())) {
      return null;
    }
    double alt =
        !Double.isNaN(loc.geodeticAltitudeM()) ? loc.geodeticAltitudeM() : loc.pressureAltitudeM();
    if (FieldDomain.GEOMETRIC_ALTITUDE.outside(alt)) {
      return null;
    }
    int acc = loc.horizontalAccuracy();
    double sigma =
        acc > 0 && acc < HORIZONTAL_95_M.length ? HORIZONTAL_95_M[acc] / 2 : defaultSigmaM;
    return new Observation(
        sensorId,
        receiveTime,
        new GeodeticMeasurement(
            new GeoPoint(loc.latDeg(), loc.lonDeg(), Double.isNaN(alt) ? 0 : alt),
            sigma,
            Double.isNaN(alt) ? Double.NaN : 15.0),
        alt,
        serial == null && operator == null
            ? Identity.NONE
            : new Identity(null, null, null, serial, operator));
  }
}
