package org.sargas.formats.remoteid;

/**
 * One decoded ASTM F3411-22a message (25 octets; a Message Pack is decoded into its members).
 * Values are converted to SI units; the raw integers stay in the names where ranges matter.
 */
public sealed interface RemoteIdMessage
    permits RemoteIdMessage.BasicId,
        RemoteIdMessage.LocationVector,
        RemoteIdMessage.Authentication,
        RemoteIdMessage.SelfId,
        RemoteIdMessage.SystemInfo,
        RemoteIdMessage.OperatorId {

  /** The message type. */
  RemoteIdMessageType type();

  /**
   * Basic ID (type 0).
   *
   * @param idType what kind of ID {@code uasId} is
   * @param uaType the kind of aircraft
   * @param uasId the ID, ASCII with trailing NULs removed
   */
  record BasicId(RemoteIdIdType idType, RemoteIdUaType uaType, String uasId)
      implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.BASIC_ID;
    }
  }

  /**
   * Location/Vector (type 1). Unknown values are NaN.
   *
   * @param status operational status
   * @param directionDeg track over ground, degrees clockwise from true north
   * @param speedMps horizontal speed, m/s
   * @param verticalSpeedMps vertical speed, m/s, positive up
   * @param latDeg latitude, degrees (WGS-84)
   * @param lonDeg longitude, degrees
   * @param pressureAltitudeM pressure altitude, metres
   * @param geodeticAltitudeM geodetic (WGS-84 HAE) altitude, metres
   * @param heightM height above takeoff or ground (see {@code heightAboveGround}), metres
   * @param heightAboveGround whether {@code heightM} is above ground (else above takeoff)
   * @param horizontalAccuracy horizontal accuracy category 0..12
   * @param verticalAccuracy vertical accuracy category 0..6
   * @param timestampTenthsSinceHour 1/10 s since the full hour, 0xFFFF unknown
   */
  record LocationVector(
      RemoteIdOperationalStatus status,
      double directionDeg,
      double speedMps,
      double verticalSpeedMps,
      double latDeg,
      double lonDeg,
      double pressureAltitudeM,
      double geodeticAltitudeM,
      double heightM,
      boolean heightAboveGround,
      int horizontalAccuracy,
      int verticalAccuracy,
      int timestampTenthsSinceHour)
      implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.LOCATION_VECTOR;
    }
  }

  /**
   * One Authentication page (type 2).
   *
   * @param authType authentication method
   * @param page page number 0..15
   * @param lastPage last page index (page 0 only, else -1)
   * @param length total authentication data length (page 0 only, else -1)
   * @param timestampS seconds since 2019-01-01T00:00Z (page 0 only, else -1)
   * @param dataHex the page's authentication data, hex
   */
  record Authentication(
      RemoteIdAuthType authType,
      int page,
      int lastPage,
      int length,
      long timestampS,
      String dataHex)
      implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.AUTHENTICATION;
    }
  }

  /**
   * Self-ID (type 3).
   *
   * @param descriptionType 0 text, 1 emergency, 2 extended status
   * @param description text, trailing NULs removed
   */
  record SelfId(int descriptionType, String description) implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.SELF_ID;
    }
  }

  /**
   * System (type 4): operator location and operating area.
   *
   * @param operatorLocationType 0 takeoff, 1 live GNSS, 2 fixed
   * @param classificationType 0 undeclared, 1 EU
   * @param operatorLatDeg operator latitude, degrees
   * @param operatorLonDeg operator longitude, degrees
   * @param areaCount number of aircraft in the area
   * @param areaRadiusM area radius, metres
   * @param areaCeilingM area ceiling, metres (WGS-84), NaN unknown
   * @param areaFloorM area floor, metres, NaN unknown
   * @param uaCategory EU category (0 undeclared, 1 open, 2 specific, 3 certified)
   * @param uaClass EU class 0..7
   * @param operatorAltitudeM operator geodetic altitude, metres, NaN unknown
   * @param timestampS seconds since 2019-01-01T00:00Z
   */
  record SystemInfo(
      int operatorLocationType,
      int classificationType,
      double operatorLatDeg,
      double operatorLonDeg,
      int areaCount,
      double areaRadiusM,
      double areaCeilingM,
      double areaFloorM,
      int uaCategory,
      int uaClass,
      double operatorAltitudeM,
      long timestampS)
      implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.SYSTEM;
    }
  }

  /**
   * Operator ID (type 5).
   *
   * @param operatorIdType 0 operator ID
   * @param operatorId the ID, ASCII
   */
  record OperatorId(int operatorIdType, String operatorId) implements RemoteIdMessage {
    @Override
    public RemoteIdMessageType type() {
      return RemoteIdMessageType.OPERATOR_ID;
    }
  }
}
