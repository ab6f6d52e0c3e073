package org.sargas.formats.remoteid;

/**
 * Location/Vector "operational status" (ASTM F3411-22a Table 6); codes not assigned map to {@link
 * #RESERVED}.
 */
public enum RemoteIdOperationalStatus {
  /** 0: undeclared. */
  UNDECLARED(0),
  /** 1: on the ground. */
  GROUND(1),
  /** 2: airborne. */
  AIRBORNE(2),
  /** 3: emergency. */
  EMERGENCY(3),
  /** 4: remote ID system failure. */
  REMOTE_ID_SYSTEM_FAILURE(4),
  /** A code the edition reserves. */
  RESERVED(-1);

  private static final RemoteIdOperationalStatus[] VALUES = values();
  private final int code;

  RemoteIdOperationalStatus(int code) {
    this.code = code;
  }

  /** The wire code, -1 for {@link #RESERVED}. */
  public int code() {
    return code;
  }

  /** The value for a wire code. */
  public static RemoteIdOperationalStatus ofCode(int code) {
    for (RemoteIdOperationalStatus v : VALUES) {
      if (v.code == code) {
        return v;
      }
    }
    return RESERVED;
  }
}
