package org.sargas.formats.remoteid;

/** Basic ID "ID type" (ASTM F3411-22a Table 2); codes not assigned map to {@link #RESERVED}. */
public enum RemoteIdIdType {
  /** 0: none. */
  NONE(0),
  /** 1: ANSI/CTA-2063-A serial number. */
  SERIAL_NUMBER(1),
  /** 2: civil aviation authority registration ID. */
  CAA_REGISTRATION(2),
  /** 3: UTM-assigned UUID. */
  UTM_ASSIGNED_UUID(3),
  /** 4: specific session ID. */
  SPECIFIC_SESSION_ID(4),
  /** A code the edition reserves. */
  RESERVED(-1);

  private static final RemoteIdIdType[] VALUES = values();
  private final int code;

  RemoteIdIdType(int code) {
    this.code = code;
  }

  /** The wire code, -1 for {@link #RESERVED}. */
  public int code() {
    return code;
  }

  /** The value for a wire code. */
  public static RemoteIdIdType ofCode(int code) {
    for (RemoteIdIdType v : VALUES) {
      if (v.code == code) {
        return v;
      }
    }
    return RESERVED;
  }
}
