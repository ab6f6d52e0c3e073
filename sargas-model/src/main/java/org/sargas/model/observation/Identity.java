package org.sargas.model.observation;

import java.util.Locale;
import org.sargas.model.geo.GeoPoint;

/**
 * Identity carried by a report or attached to a track: who the target says it is (transponder
 * codes, Remote ID) and what cooperative sources declare about it (emitter category, aircraft type,
 * wake category, flight-plan aerodromes). Any field may be null when unknown.
 *
 * <p>Sources of the declared fields: ASTERIX CAT062 I062/380 (subfield EMC: emitter category; ID:
 * target identification) and I062/390 (CSN callsign, TAC type, WTC wake category, DEP and DST
 * aerodromes), CAT021 I021/020 (emitter category), ADS-B identification messages (DO-260B type
 * codes 1–4: emitter category and callsign).
 *
 * @param icaoAddress 24-bit ICAO address as 6 upper-case hex digits
 * @param callsign flight identification, trimmed
 * @param mode3a Mode 3/A code as 4 octal digits, e.g. {@code "7700"}
 * @param remoteIdSerial drone Remote ID (ANSI/CTA-2063 serial or session id)
 * @param operatorPosition Remote ID operator (pilot) location
 * @param emitterCategory ADS-B / ASTERIX emitter category (null when not reported; {@link
 *     EmitterCategory#NO_INFORMATION} when reported as unknown)
 * @param aircraftType ICAO Doc 8643 type designator, upper case, e.g. {@code "A320"}
 * @param wakeCategory ICAO wake turbulence category of the flight plan
 * @param departure ICAO location indicator of the departure aerodrome (ADEP), e.g. {@code "EYVI"}
 * @param destination ICAO location indicator of the destination aerodrome (ADES)
 */
public record Identity(
    String icaoAddress,
    String callsign,
    String mode3a,
    String remoteIdSerial,
    GeoPoint operatorPosition,
    EmitterCategory emitterCategory,
    String aircraftType,
    WakeTurbulenceCategory wakeCategory,
    String departure,
    String destination) {

  /** No identity at all (a primary radar echo, a bearing). */
  public static final Identity NONE = new Identity(null, null, null, null, null);

  /** Blank text fields become null; type and aerodrome designators are upper-cased. */
  public Identity {
    aircraftType = designator(aircraftType);
    departure = designator(departure);
    destination = designator(destination);
  }

  /** The identity of a report that declares nothing beyond codes and Remote ID. */
  public Identity(
      String icaoAddress,
      String callsign,
      String mode3a,
      String remoteIdSerial,
      GeoPoint operatorPosition) {
    this(
        icaoAddress,
        callsign,
        mode3a,
        remoteIdSerial,
        operatorPosition,
        null,
        null,
        null,
        null,
        null);
  }

  private static String designator(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return icaoAddress == null
        && callsign == null
        && mode3a == null
        && remoteIdSerial == null
        && operatorPosition == null
        && emitterCategory == null
        && aircraftType == null
        && wakeCategory == null
        && departure == null
        && destination == null;
  }

  /**
   * Whether the squawk is one of the emergency codes 7500 (hijack), 7600 (radio), 7700 (general).
   */
  public boolean emergencySquawk() {
    return "7500".equals(mode3a) || "7600".equals(mode3a) || "7700".equals(mode3a);
  }

  /**
   * Fields of {@code newer} where present, else this identity's fields. An emitter category of
   * {@link EmitterCategory#NO_INFORMATION} or {@link EmitterCategory#RESERVED} does not replace an
   * informative one.
   */
  public Identity mergedWith(Identity newer) {
    if (newer == null || newer.isEmpty()) {
      return this;
    }
    EmitterCategory category =
        newer.emitterCategory != null
                && (newer.emitterCategory.informative()
                    || emitterCategory == null
                    || !emitterCategory.informative())
            ? newer.emitterCategory
            : emitterCategory;
    return new Identity(
        newer.icaoAddress != null ? newer.icaoAddress : icaoAddress,
        newer.callsign != null ? newer.callsign : callsign,
        newer.mode3a != null ? newer.mode3a : mode3a,
        newer.remoteIdSerial != null ? newer.remoteIdSerial : remoteIdSerial,
        newer.operatorPosition != null ? newer.operatorPosition : operatorPosition,
        category,
        newer.aircraftType != null ? newer.aircraftType : aircraftType,
        newer.wakeCategory != null ? newer.wakeCategory : wakeCategory,
        newer.departure != null ? newer.departure : departure,
        newer.destination != null ? newer.destination : destination);
  }

  /** This identity with the declared description replaced (null fields: unknown). */
  public Identity withDescription(
      EmitterCategory emitterCategory, String aircraftType, WakeTurbulenceCategory wakeCategory) {
    return new Identity(
        icaoAddress,
        callsign,
        mode3a,
        remoteIdSerial,
        operatorPosition,
        emitterCategory,
        aircraftType,
        wakeCategory,
        departure,
        destination);
  }

  /** This identity with the flight-plan aerodromes replaced (ICAO location indicators or null). */
  public Identity withAerodromes(String departure, String destination) {
    return new Identity(
        icaoAddress,
        callsign,
        mode3a,
        remoteIdSerial,
        operatorPosition,
        emitterCategory,
        aircraftType,
        wakeCategory,
        departure,
        destination);
  }
}
