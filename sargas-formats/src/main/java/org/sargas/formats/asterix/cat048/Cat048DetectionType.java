package org.sargas.formats.asterix.cat048;

/** I048/020 TYP: how the target was detected (ASTERIX CAT048 ed. 1.31/1.32, item 020, bits 8-6). */
public enum Cat048DetectionType {
  /** 0: no detection (extrapolated). */
  NO_DETECTION,
  /** 1: single PSR detection. */
  PSR,
  /** 2: single SSR detection. */
  SSR,
  /** 3: SSR + PSR detection. */
  SSR_PSR,
  /** 4: single Mode S all-call. */
  MODE_S_ALL_CALL,
  /** 5: single Mode S roll-call. */
  MODE_S_ROLL_CALL,
  /** 6: Mode S all-call + PSR. */
  MODE_S_ALL_CALL_PSR,
  /** 7: Mode S roll-call + PSR. */
  MODE_S_ROLL_CALL_PSR;

  private static final Cat048DetectionType[] VALUES = values();

  /** The type for the 3-bit TYP code. */
  public static Cat048DetectionType ofCode(int typ) {
    return VALUES[typ & 7];
  }

  /** The 3-bit TYP code. */
  public int code() {
    return ordinal();
  }

  /** Whether a primary (skin) echo contributed. */
  public boolean primary() {
    return this == PSR
        || this == SSR_PSR
        || this == MODE_S_ALL_CALL_PSR
        || this == MODE_S_ROLL_CALL_PSR;
  }

  /** Whether a transponder reply contributed. */
  public boolean secondary() {
    return this != NO_DETECTION && this != PSR;
  }
}
