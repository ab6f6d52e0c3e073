package org.sargas.model.observation;

import org.sargas.model.geo.GeoPoint;

/**
 * Identity carried by a report or attached to a track. Any field may be null when unknown.
 *
 * @param icaoAddress 24-bit ICAO address as 6 upper-case hex digits
 * @param callsign flight identification, trimmed
 * @param mode3a Mode 3/A code as 4 octal digits, e.g. {@code "7700"}
 * @param remoteIdSerial drone Remote ID (ANSI/CTA-2063 serial or session id)
 * @param operatorPosition Remote ID operator (pilot) location
 */
public record Identity(
    String icaoAddress,
    String callsign,
    String mode3a,
    String remoteIdSerial,
    GeoPoint operatorPosition) {

  /** No identity at all (a primary radar echo, a bearing). */
  public static final Identity NONE = new Identity(null, null, null, null, null);

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return icaoAddress == null
        && callsign == null
        && mode3a == null
        && remoteIdSerial == null
        && operatorPosition == null;
  }

  /**
   * Whether the squawk is one of the emergency codes 7500 (hijack), 7600 (radio), 7700 (general).
   */
  public boolean emergencySquawk() {
    return "7500".equals(mode3a) || "7600".equals(mode3a) || "7700".equals(mode3a);
  }

  /** Fields of {@code newer} where present, else this identity's fields. */
  public Identity mergedWith(Identity newer) {
    if (newer == null || newer.isEmpty()) {
      return this;
    }
    return new Identity(
        newer.icaoAddress != null ? newer.icaoAddress : icaoAddress,
        newer.callsign != null ? newer.callsign : callsign,
        newer.mode3a != null ? newer.mode3a : mode3a,
        newer.remoteIdSerial != null ? newer.remoteIdSerial : remoteIdSerial,
        newer.operatorPosition != null ? newer.operatorPosition : operatorPosition);
  }
}
