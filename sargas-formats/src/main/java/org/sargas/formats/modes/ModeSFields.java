package org.sargas.formats.modes;

/**
 * What {@link ModeSDecoder} found in one frame: a reusable, mutable holder (one per decoder) so
 * that decoding allocates nothing. Valid until the next decode; copy what you keep (see {@link
 * #toMessage()}). Absent values are NaN (doubles), -1 (codes) or 0-length callsign. Units are in
 * the names; speeds in knots and rates in ft/min as transmitted.
 */
public final class ModeSFields {
  /** Upper-case hex digits (24-bit addresses: the last 6 of 8). */
  private static final java.util.HexFormat HEX = java.util.HexFormat.of().withUpperCase();

  /** Downlink format code. */
  public int df;

  /** 24-bit address (announced or recovered from address/parity), -1 unknown. */
  public int icao;

  /** Whether the address is trusted (see {@link ModeSDecoder}). */
  public boolean icaoTrusted;

  /** Bit corrected by single-bit error correction, -1 none. */
  public int correctedBit;

  /** ES type code 0..31, -1 when not an extended squitter. */
  public int typeCode;

  /** ES subtype (velocity 1-4, status, operational status), -1 absent. */
  public int subtype;

  /** DF18 control field, -1 otherwise. */
  public int controlField;

  /** Capability (DF11/17) or flight status (DF4/5/20/21), -1 absent. */
  public int capability;

  /** ES aircraft category (set A..D by TC 4..1, value 0..7), -1 absent. */
  public int category;

  /** Callsign characters ('#' for invalid), {@link #callsignLength} of them. */
  public final char[] callsign = new char[8];

  /** Number of callsign characters, 0 when absent. */
  public int callsignLength;

  /** Altitude in feet (barometric unless {@link #altitudeGnss}), NaN absent. */
  public double altitudeFt;

  /** Whether {@link #altitudeFt} is GNSS height (TC 20-22). */
  public boolean altitudeGnss;

  /** CPR format: 0 even, 1 odd, -1 no position. */
  public int cprFormat;

  /** 17-bit CPR latitude, -1 absent. */
  public int cprLat;

  /** 17-bit CPR longitude, -1 absent. */
  public int cprLon;

  /** Whether the position is a surface position (TC 5-8). */
  public boolean surface;

  /** Decoded latitude in degrees (WGS84), NaN when not (yet) resolvable. */
  public double latDeg;

  /** Decoded longitude in degrees (WGS84), NaN when not (yet) resolvable. */
  public double lonDeg;

  /** Whether the position came from global (pair) decoding rather than local decoding. */
  public boolean positionGlobal;

  /** Ground speed in knots (velocity ST 1/2 or surface movement), NaN absent. */
  public double groundSpeedKt;

  /** True track over ground in degrees, NaN absent. */
  public double trackDeg;

  /** Airspeed in knots (velocity ST 3/4), NaN absent. */
  public double airspeedKt;

  /** Whether {@link #airspeedKt} is true airspeed (else indicated). */
  public boolean airspeedTrue;

  /** Magnetic heading in degrees (velocity ST 3/4), NaN absent. */
  public double headingDeg;

  /** Vertical rate in ft/min, positive up, NaN absent. */
  public double verticalRateFtMin;

  /** Whether the vertical rate is barometric (else GNSS). */
  public boolean verticalRateBaro;

  /** Mode A code (12-bit octal value) from DF5/21 or ES status, -1 absent. */
  public int squawk;

  /** ES emergency state, null absent. */
  public EmergencyState emergency;

  /** Target state: selected altitude in feet, NaN absent. */
  public double selectedAltitudeFt;

  /** Target state: barometric pressure setting in hPa, NaN absent. */
  public double baroSettingHpa;

  /** Target state: selected heading in degrees, NaN absent. */
  public double selectedHeadingDeg;

  /** Operational status: ADS-B version 0..7, -1 absent. */
  public int adsbVersion;

  /** Operational status / target state: NACp 0..15, -1 absent. */
  public int nacp;

  /** Operational status / target state: SIL 0..3, -1 absent. */
  public int sil;

  /** NIC supplement A bit (operational status), -1 absent. */
  public int nicSupplementA;

  /** The last NACp this aircraft announced (any earlier frame), -1 unknown. */
  public int knownNacp;

  /** Clears every field to "absent". */
  public void clear() {
    df = -1;
    icao = -1;
    icaoTrusted = false;
    correctedBit = -1;
    typeCode = -1;
    subtype = -1;
    controlField = -1;
    capability = -1;
    category = -1;
    callsignLength = 0;
    altitudeFt = Double.NaN;
    altitudeGnss = false;
    cprFormat = -1;
    cprLat = -1;
    cprLon = -1;
    surface = false;
    latDeg = Double.NaN;
    lonDeg = Double.NaN;
    positionGlobal = false;
    groundSpeedKt = Double.NaN;
    trackDeg = Double.NaN;
    airspeedKt = Double.NaN;
    airspeedTrue = false;
    headingDeg = Double.NaN;
    verticalRateFtMin = Double.NaN;
    verticalRateBaro = false;
    squawk = -1;
    emergency = null;
    selectedAltitudeFt = Double.NaN;
    baroSettingHpa = Double.NaN;
    selectedHeadingDeg = Double.NaN;
    adsbVersion = -1;
    nacp = -1;
    sil = -1;
    nicSupplementA = -1;
    knownNacp = -1;
  }

  /** The callsign with trailing spaces removed, or null. Allocates. */
  public String callsignString() {
    return callsignLength == 0 ? null : new String(callsign, 0, callsignLength).stripTrailing();
  }

  /** The address as 6 upper-case hex digits, or null. Allocates. */
  public String icaoHex() {
    return icao < 0 ? null : HEX.toHexDigits(icao).substring(2);
  }

  /** An immutable copy. */
  public ModeSMessage toMessage() {
    return new ModeSMessage(
        df,
        icaoHex(),
        icaoTrusted,
        typeCode,
        subtype,
        category,
        callsignString(),
        altitudeFt,
        altitudeGnss,
        cprFormat,
        cprLat,
        cprLon,
        surface,
        latDeg,
        lonDeg,
        groundSpeedKt,
        trackDeg,
        airspeedKt,
        airspeedTrue,
        headingDeg,
        verticalRateFtMin,
        squawk < 0 ? null : String.format("%04o", squawk),
        emergency,
        selectedAltitudeFt,
        baroSettingHpa,
        adsbVersion,
        nacp,
        sil);
  }
}
