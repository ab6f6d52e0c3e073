package org.sargas.formats.modes;

/**
 * An immutable decoded Mode S / ADS-B frame (see {@link ModeSFields} for the meaning of each field;
 * absent values are NaN, -1 or null).
 *
 * @param df downlink format
 * @param icao 24-bit address as 6 hex digits, null unknown
 * @param icaoTrusted whether the address passed the receiver trust rules
 * @param typeCode ES type code, -1 not ES
 * @param subtype ES subtype, -1 absent
 * @param category ES emitter category within the TC set, -1 absent
 * @param callsign flight identification, null absent
 * @param altitudeFt altitude in feet, NaN absent
 * @param altitudeGnss whether the altitude is GNSS height
 * @param cprFormat 0 even, 1 odd, -1 none
 * @param cprLat 17-bit CPR latitude, -1 none
 * @param cprLon 17-bit CPR longitude, -1 none
 * @param surface surface position
 * @param latDeg decoded latitude in degrees, NaN none
 * @param lonDeg decoded longitude in degrees, NaN none
 * @param groundSpeedKt ground speed, knots
 * @param trackDeg track over ground, degrees true
 * @param airspeedKt airspeed, knots
 * @param airspeedTrue whether airspeed is TAS
 * @param headingDeg heading, degrees magnetic
 * @param verticalRateFtMin vertical rate, ft/min
 * @param squawk Mode A code as 4 octal digits, null absent
 * @param emergency emergency state, null absent
 * @param selectedAltitudeFt selected altitude, feet
 * @param baroSettingHpa barometric setting, hPa
 * @param adsbVersion ADS-B version, -1 absent
 * @param nacp navigation accuracy category for position, -1 absent
 * @param sil source integrity level, -1 absent
 */
public record ModeSMessage(
    int df,
    String icao,
    boolean icaoTrusted,
    int typeCode,
    int subtype,
    int category,
    String callsign,
    double altitudeFt,
    boolean altitudeGnss,
    int cprFormat,
    int cprLat,
    int cprLon,
    boolean surface,
    double latDeg,
    double lonDeg,
    double groundSpeedKt,
    double trackDeg,
    double airspeedKt,
    boolean airspeedTrue,
    double headingDeg,
    double verticalRateFtMin,
    String squawk,
    EmergencyState emergency,
    double selectedAltitudeFt,
    double baroSettingHpa,
    int adsbVersion,
    int nacp,
    int sil) {}
