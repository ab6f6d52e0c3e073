package org.sargas.formats.asterix.cat034;

/** I034/000 message type (ASTERIX CAT034 edition 1.29). */
public enum Cat034MessageType {
  /** 1: north marker. */
  NORTH_MARKER(1),
  /** 2: sector crossing. */
  SECTOR_CROSSING(2),
  /** 3: geographical filtering. */
  GEOGRAPHICAL_FILTERING(3),
  /** 4: jamming strobe. */
  JAMMING_STROBE(4),
  /** 5: solar storm. */
  SOLAR_STORM(5),
  /** 6: SSR jamming strobe. */
  SSR_JAMMING_STROBE(6),
  /** 7: Mode S jamming strobe. */
  MODE_S_JAMMING_STROBE(7),
  /** Any other code. */
  UNKNOWN(0);

  private final int code;

  Cat034MessageType(int code) {
    this.code = code;
  }

  /** The wire code. */
  public int code() {
    return code;
  }

  /** The type for a wire code ({@link #UNKNOWN} for unassigned codes). */
  public static Cat034MessageType ofCode(int code) {
    for (Cat034MessageType t : values()) {
      if (t.code == code && t != UNKNOWN) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
