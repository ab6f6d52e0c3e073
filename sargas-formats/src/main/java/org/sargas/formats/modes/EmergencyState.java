package org.sargas.formats.modes;

/** ES aircraft status (TC 28 subtype 1) emergency/priority state (DO-260B 2.2.3.2.7.8.1.1). */
public enum EmergencyState {
  /** 0: no emergency. */
  NONE,
  /** 1: general emergency. */
  GENERAL,
  /** 2: lifeguard / medical. */
  MEDICAL,
  /** 3: minimum fuel. */
  MINIMUM_FUEL,
  /** 4: no communications. */
  NO_COMMUNICATIONS,
  /** 5: unlawful interference. */
  UNLAWFUL_INTERFERENCE,
  /** 6: downed aircraft. */
  DOWNED_AIRCRAFT,
  /** 7: reserved. */
  RESERVED;

  private static final EmergencyState[] VALUES = values();

  /** The state for the 3-bit code. */
  public static EmergencyState ofCode(int code) {
    return VALUES[code & 7];
  }
}
