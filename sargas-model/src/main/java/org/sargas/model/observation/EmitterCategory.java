package org.sargas.model.observation;

/**
 * ADS-B emitter category: what the aircraft says it is, in the categories of RTCA DO-260B
 * §2.2.3.2.5.2 (Aircraft Identification and Category message, type codes 1–4: sets D, C, B, A) and
 * of ASTERIX CAT021 I021/020 (ECAT, editions 2.6/2.7) and CAT062 I062/380 subfield EMC (editions
 * 1.19/1.21), which number the same categories differently.
 *
 * <p>Carried by {@link Identity#emitterCategory()}.
 */
public enum EmitterCategory {
  /** A0/B0/C0: no emitter category information (the category field is 0). */
  NO_INFORMATION,
  /** A1: light, below 15,500 lb (7,031 kg). */
  LIGHT,
  /** A2: small, 15,500–75,000 lb (7–34 t): business jets, regional turboprops. */
  SMALL,
  /** A3: large, 75,000–300,000 lb (34–136 t): A320, B737. */
  LARGE,
  /** A4: high-vortex large (B757). */
  HIGH_VORTEX_LARGE,
  /** A5: heavy, above 300,000 lb (136 t). */
  HEAVY,
  /** A6: high performance, above 5 g and above 400 kt. */
  HIGH_PERFORMANCE,
  /** A7: rotorcraft. */
  ROTORCRAFT,
  /** B1: glider or sailplane. */
  GLIDER,
  /** B2: lighter than air. */
  LIGHTER_THAN_AIR,
  /** B3: parachutist or skydiver. */
  PARACHUTIST,
  /** B4: ultralight, hang glider or paraglider. */
  ULTRALIGHT,
  /** B6: unmanned aerial vehicle. */
  UNMANNED,
  /** B7: space or trans-atmospheric vehicle. */
  SPACE,
  /** C1: surface emergency vehicle. */
  SURFACE_EMERGENCY_VEHICLE,
  /** C2: surface service vehicle. */
  SURFACE_SERVICE_VEHICLE,
  /** C3/C4/C5: point, cluster or line obstacle (including a tethered balloon). */
  OBSTACLE,
  /** A category code the editions reserve. */
  RESERVED;

  private static final EmitterCategory[] SET_A = {
    NO_INFORMATION, LIGHT, SMALL, LARGE, HIGH_VORTEX_LARGE, HEAVY, HIGH_PERFORMANCE, ROTORCRAFT
  };
  private static final EmitterCategory[] SET_B = {
    NO_INFORMATION, GLIDER, LIGHTER_THAN_AIR, PARACHUTIST, ULTRALIGHT, RESERVED, UNMANNED, SPACE
  };
  private static final EmitterCategory[] SET_C = {
    NO_INFORMATION,
    SURFACE_EMERGENCY_VEHICLE,
    SURFACE_SERVICE_VEHICLE,
    OBSTACLE,
    OBSTACLE,
    OBSTACLE,
    RESERVED,
    RESERVED
  };

  /**
   * The category of a DO-260B identification message: type code 4 (set A), 3 (set B), 2 (set C) or
   * 1 (set D, reserved), category field 0–7.
   *
   * @throws IllegalArgumentException for a type code outside 1–4 or a category outside 0–7
   */
  public static EmitterCategory ofAdsb(int typeCode, int category) {
    if (category < 0 || category > 7) {
      throw new IllegalArgumentException("ADS-B emitter category out of 0-7: " + category);
    }
    switch (typeCode) {
      case 4:
        return SET_A[category];
      case 3:
        return SET_B[category];
      case 2:
        return SET_C[category];
      case 1:
        return category == 0 ? NO_INFORMATION : RESERVED;
      default:
        throw new IllegalArgumentException("not an identification type code (1-4): " + typeCode);
    }
  }

  /**
   * The category of an ASTERIX ECAT value: CAT021 I021/020 (0–24) or CAT062 I062/380 EMC (1–24,
   * where 2 and 4 are reserved and 3 means 7–136 t); values outside 0–24 are {@link #RESERVED}.
   */
  public static EmitterCategory ofAsterix(int ecat) {
    switch (ecat) {
      case 0:
        return NO_INFORMATION;
      case 1:
        return LIGHT;
      case 2:
        return SMALL;
      case 3:
        return LARGE;
      case 4:
        return HIGH_VORTEX_LARGE;
      case 5:
        return HEAVY;
      case 6:
        return HIGH_PERFORMANCE;
      case 10:
        return ROTORCRAFT;
      case 11:
        return GLIDER;
      case 12:
        return LIGHTER_THAN_AIR;
      case 13:
        return UNMANNED;
      case 14:
        return SPACE;
      case 15:
        return ULTRALIGHT;
      case 16:
        return PARACHUTIST;
      case 20:
        return SURFACE_EMERGENCY_VEHICLE;
      case 21:
        return SURFACE_SERVICE_VEHICLE;
      case 22:
      case 23:
      case 24:
        return OBSTACLE;
      default:
        return RESERVED;
    }
  }

  /** Whether the category says something (neither "no information" nor a reserved code). */
  public boolean informative() {
    return this != NO_INFORMATION && this != RESERVED;
  }
}
