package org.sargas.formats.asterix.cat002;

/** I002/000 message type (ASTERIX CAT002 edition 1.2). */
public enum Cat002MessageType {
  /** 1: north marker. */
  NORTH_MARKER(1),
  /** 2: sector crossing. */
  SECTOR_CROSSING(2),
  /** 3: south marker. */
  SOUTH_MARKER(3),
  /** 8: activation of blind zone filtering. */
  BLIND_ZONE_FILTERING_ON(8),
  /** 9: stop of blind zone filtering. */
  BLIND_ZONE_FILTERING_OFF(9),
  /** Any other code (128-255 are application dependent). */
  UNKNOWN(0);

  private final int code;

  Cat002MessageType(int code) {
    this.code = code;
  }

  /** The wire code. */
  public int code() {
    return code;
  }

  /** The type for a wire code ({@link #UNKNOWN} for unassigned codes). */
  public static Cat002MessageType ofCode(int code) {
    for (Cat002MessageType t : values()) {
      if (t.code == code && t != UNKNOWN) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
