package org.sargas.formats.sapient;

import org.sargas.formats.sapient.v2.Registration;

/**
 * The sensing node types of BSI Flex 335 v2.0 (Registration.NodeType) that Sargas registers; the
 * effector and platform types are left out.
 */
public enum SapientNodeType {
  OTHER(Registration.NodeType.NODE_TYPE_OTHER),
  RADAR(Registration.NodeType.NODE_TYPE_RADAR),
  LIDAR(Registration.NodeType.NODE_TYPE_LIDAR),
  /** Electro-optical or infra-red camera. */
  CAMERA(Registration.NodeType.NODE_TYPE_CAMERA),
  SEISMIC(Registration.NodeType.NODE_TYPE_SEISMIC),
  /** Acoustic array (bearings to engine and rotor noise). */
  ACOUSTIC(Registration.NodeType.NODE_TYPE_ACOUSTIC),
  PROXIMITY_SENSOR(Registration.NodeType.NODE_TYPE_PROXIMITY_SENSOR),
  /** Passive interception of radio-frequency signals (RF direction finders, drone detectors). */
  PASSIVE_RF(Registration.NodeType.NODE_TYPE_PASSIVE_RF),
  /** A spotter or guard. */
  HUMAN(Registration.NodeType.NODE_TYPE_HUMAN);

  private final Registration.NodeType wire;

  SapientNodeType(Registration.NodeType wire) {
    this.wire = wire;
  }

  /** The value on the wire. */
  public Registration.NodeType wire() {
    return wire;
  }

  /** The type of a wire value, or null for a type outside this enum. */
  public static SapientNodeType of(Registration.NodeType wire) {
    for (SapientNodeType t : values()) {
      if (t.wire == wire) {
        return t;
      }
    }
    return null;
  }
}
