package org.sargas.track.classification;

/**
 * What a Mode 3/A code says about the flight: the codes ICAO reserves world-wide (transponder
 * operating procedures of ICAO Doc 8168 PANS-OPS: 2000, 7000, 7500, 7600, 7700) and the North
 * American VFR code 1200 (FAA Aeronautical Information Manual 4-1-20). Anything else is taken as a
 * discrete code.
 */
public enum SquawkKind {
  /**
   * A discrete code assigned by air traffic control (usually an IFR or a controlled VFR flight).
   */
  DISCRETE,
  /** 7000 (ICAO conspicuity code, VFR in Europe) or 1200 (VFR in North America). */
  VFR_CONSPICUITY,
  /** 2000: entering SSR airspace without an assigned code (often an IFR flight from oceanic). */
  NO_CODE_ASSIGNED,
  /** 7500, 7600 or 7700. */
  EMERGENCY;

  /** The kind of a 4-octal-digit code; null for a null code. */
  public static SquawkKind of(String mode3a) {
    if (mode3a == null) {
      return null;
    }
    switch (mode3a) {
      case "7000":
      case "1200":
        return VFR_CONSPICUITY;
      case "2000":
        return NO_CODE_ASSIGNED;
      case "7500":
      case "7600":
      case "7700":
        return EMERGENCY;
      default:
        return DISCRETE;
    }
  }
}
