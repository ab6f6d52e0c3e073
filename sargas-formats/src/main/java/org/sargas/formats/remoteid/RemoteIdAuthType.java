package org.sargas.formats.remoteid;

/** Authentication type (ASTM F3411-22a Table 9); codes not assigned map to {@link #RESERVED}. */
public enum RemoteIdAuthType {
  /** 0: none. */
  NONE(0),
  /** 1: UAS ID signature. */
  UAS_ID_SIGNATURE(1),
  /** 2: operator ID signature. */
  OPERATOR_ID_SIGNATURE(2),
  /** 3: message set signature. */
  MESSAGE_SET_SIGNATURE(3),
  /** 4: authentication provided by network remote ID. */
  NETWORK_REMOTE_ID(4),
  /** 5: specific authentication method. */
  SPECIFIC_METHOD(5),
  /** A code the edition reserves. */
  RESERVED(-1);

  private static final RemoteIdAuthType[] VALUES = values();
  private final int code;

  RemoteIdAuthType(int code) {
    this.code = code;
  }

  /** The wire code, -1 for {@link #RESERVED}. */
  public int code() {
    return code;
  }

  /** The value for a wire code. */
  public static RemoteIdAuthType ofCode(int code) {
    for (RemoteIdAuthType v : VALUES) {
      if (v.code == code) {
        return v;
      }
    }
    return RESERVED;
  }
}
