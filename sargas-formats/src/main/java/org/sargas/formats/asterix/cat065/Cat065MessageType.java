package org.sargas.formats.asterix.cat065;

/**
 * I065/000 message type (ASTERIX CAT065 edition 1.6).
 *
 * @see org.sargas.formats.asterix.editions.Cat065Edition1_6
 */
public enum Cat065MessageType {
  /** SDPS status: the processing system's configuration and status (I065/040). */
  SDPS_STATUS(1),
  /** End of batch: every system track of the update numbered I065/020 has been sent. */
  END_OF_BATCH(2),
  /** Service status report (I065/050). */
  SERVICE_STATUS_REPORT(3);

  private final int code;

  Cat065MessageType(int code) {
    this.code = code;
  }

  /** The wire value of I065/000. */
  public int code() {
    return code;
  }
}
