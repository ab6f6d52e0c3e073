package org.sargas.formats.remoteid;

/** Basic ID "UA type" (ASTM F3411-22a Table 3); codes not assigned map to {@link #RESERVED}. */
public enum RemoteIdUaType {
  /** 0: none or not declared. */
  NONE(0),
  /** 1: aeroplane / fixed wing. */
  AEROPLANE(1),
  /** 2: helicopter or multirotor. */
  HELICOPTER_OR_MULTIROTOR(2),
  /** 3: gyroplane. */
  GYROPLANE(3),
  /** 4: hybrid lift (VTOL fixed wing). */
  HYBRID_LIFT(4),
  /** 5: ornithopter. */
  ORNITHOPTER(5),
  /** 6: glider. */
  GLIDER(6),
  /** 7: kite. */
  KITE(7),
  /** 8: free balloon. */
  FREE_BALLOON(8),
  /** 9: captive balloon. */
  CAPTIVE_BALLOON(9),
  /** 10: airship. */
  AIRSHIP(10),
  /** 11: free fall / parachute (unpowered). */
  FREE_FALL_OR_PARACHUTE(11),
  /** 12: rocket. */
  ROCKET(12),
  /** 13: tethered powered aircraft. */
  TETHERED_POWERED_AIRCRAFT(13),
  /** 14: ground obstacle. */
  GROUND_OBSTACLE(14),
  /** 15: other. */
  OTHER(15),
  /** A code the edition reserves. */
  RESERVED(-1);

  private static final RemoteIdUaType[] VALUES = values();
  private final int code;

  RemoteIdUaType(int code) {
    this.code = code;
  }

  /** The wire code, -1 for {@link #RESERVED}. */
  public int code() {
    return code;
  }

  /** The value for a wire code. */
  public static RemoteIdUaType ofCode(int code) {
    for (RemoteIdUaType v : VALUES) {
      if (v.code == code) {
        return v;
      }
    }
    return RESERVED;
  }
}
