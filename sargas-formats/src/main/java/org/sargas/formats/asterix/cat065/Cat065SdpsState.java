package org.sargas.formats.asterix.cat065;

/**
 * I065/040 NOGO: whether the SDPS is operational (ASTERIX CAT065 edition 1.6).
 *
 * @see org.sargas.formats.asterix.editions.Cat065Edition1_6
 */
public enum Cat065SdpsState {
  OPERATIONAL(0),
  DEGRADED(1),
  NOT_CONNECTED(2),
  UNKNOWN(3);

  private final int code;

  Cat065SdpsState(int code) {
    this.code = code;
  }

  /** The 2-bit wire value of NOGO. */
  public int code() {
    return code;
  }
}
