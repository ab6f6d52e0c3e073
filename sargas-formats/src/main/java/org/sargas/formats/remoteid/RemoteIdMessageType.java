package org.sargas.formats.remoteid;

/** ASTM F3411-22a message types (high nibble of the first octet). */
public enum RemoteIdMessageType {
  /** 0x0: Basic ID. */
  BASIC_ID(0),
  /** 0x1: Location/Vector. */
  LOCATION_VECTOR(1),
  /** 0x2: Authentication page. */
  AUTHENTICATION(2),
  /** 0x3: Self-ID. */
  SELF_ID(3),
  /** 0x4: System. */
  SYSTEM(4),
  /** 0x5: Operator ID. */
  OPERATOR_ID(5),
  /** 0xF: Message Pack. */
  MESSAGE_PACK(15);

  private final int code;

  RemoteIdMessageType(int code) {
    this.code = code;
  }

  /** The 4-bit type code. */
  public int code() {
    return code;
  }

  /** The type for a code, or null when reserved. */
  public static RemoteIdMessageType ofCode(int code) {
    for (RemoteIdMessageType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
