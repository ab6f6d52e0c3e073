package org.sargas.model.observation;

/**
 * ICAO wake turbulence category of the flight plan (ICAO Doc 4444 PANS-ATM, Appendix 2, item 9; Doc
 * 8643), as ASTERIX CAT062 I062/390 subfield WTC carries it (one character L, M, H or J).
 *
 * <p>Carried by {@link Identity#wakeCategory()}.
 */
public enum WakeTurbulenceCategory {
  /** L: maximum take-off mass 7,000 kg or less. */
  LIGHT,
  /** M: between 7,000 and 136,000 kg. */
  MEDIUM,
  /** H: 136,000 kg or more. */
  HEAVY,
  /** J: super (A380). */
  SUPER;

  /** The category of an I062/390 WTC character (L, M, H, J; any case), or null for another. */
  public static WakeTurbulenceCategory ofIcao(char wtc) {
    switch (Character.toUpperCase(wtc)) {
      case 'L':
        return LIGHT;
      case 'M':
        return MEDIUM;
      case 'H':
        return HEAVY;
      case 'J':
        return SUPER;
      default:
        return null;
    }
  }
}
