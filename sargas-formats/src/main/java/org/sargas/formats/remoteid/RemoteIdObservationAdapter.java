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
 * location. Event time is the broadcast's own time stamp (tenths of a second within the hour),
 * placed on the hour nearest the receive time; the receive time when it is absent or implausible.
 * Immutable and thread-safe.
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
  /** The broadcast's own time stamp, at most this far from the receive time to be believed, s. */
  static final double MAX_STAMP_OFFSET_S = 60;

  /**
   * The broadcast's event time: its Location/Vector time stamp (tenths of a second since the full
   * hour) on the hour nearest the receive time, when that lies within {@value #MAX_STAMP_OFFSET_S}
   * s of it; else the receive time. So a replay or a relayed feed keeps the transmitter's time, to
   * the tenth of a second.
   */
  static Instant eventTime(int tenthsSinceHour, Instant receiveTime) {
    if (tenthsSinceHour < 0 || tenthsSinceHour >= 36_000) {
      return receiveTime;
    }
    long hourMs = Math.floorDiv(receiveTime.toEpochMilli(), 3_600_000L) * 3_600_000L;
    long best = Long.MAX_VALUE;
    Instant out = receiveTime;
    for (long h = hourMs - 3_600_000L; h <= hourMs + 3_600_000L; h += 3_600_000L) {
      Instant t = Instant.ofEpochMilli(h + tenthsSinceHour * 100L);
      long d = Math.abs(java.time.Duration.between(t, receiveTime).toMillis());
      if (d < best) {
        best = d;
        out = t;
      }
    }
    return best <= MAX_STAMP_OFFSET_S * 1000 ? out : receiveTime;
  }

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
        eventTime(loc.timestampTenthsSinceHour(), receiveTime),
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
