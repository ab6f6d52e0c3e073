package org.sargas.formats.cot;

import java.time.Instant;
import java.util.Objects;

/**
 * One Cursor-on-Target event (event version 2.0) for an air track, in the form both {@link CotXml}
 * and {@link TakProtocol} write.
 *
 * @param uid the event's unique id, stable for one track ({@code <event uid>})
 * @param type the CoT type, e.g. {@code a-h-A-M-F-Q} ({@link CotType})
 * @param how how the position was made: {@code m-g} machine generated, {@code h-e} human estimated
 * @param time when the event was generated
 * @param start when the information became valid (the track's event time)
 * @param stale when the information stops being valid
 * @param latDeg WGS-84 latitude, degrees
 * @param lonDeg WGS-84 longitude, degrees
 * @param haeM height above the WGS-84 ellipsoid, metres, NaN unknown (written 9999999)
 * @param ceM circular horizontal error, metres, NaN unknown (written 9999999)
 * @param leM linear vertical error, metres, NaN unknown (written 9999999)
 * @param courseDeg {@code <track course>}, degrees clockwise from true north, NaN absent
 * @param speedMps {@code <track speed>}, m/s, NaN absent
 * @param callsign {@code <contact callsign>}, null absent
 * @param remarks {@code <remarks>} text, null absent
 */
public record CotEvent(
    String uid,
    String type,
    String how,
    Instant time,
    Instant start,
    Instant stale,
    double latDeg,
    double lonDeg,
    double haeM,
    double ceM,
    double leM,
    double courseDeg,
    double speedMps,
    String callsign,
    String remarks) {

  /** What CoT writes for an unknown hae, ce or le. */
  public static final double UNKNOWN = 9_999_999.0;

  public CotEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(how, "how");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(stale, "stale");
  }
}
