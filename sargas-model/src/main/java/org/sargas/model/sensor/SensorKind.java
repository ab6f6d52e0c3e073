package org.sargas.model.sensor;

/** What kind of sensor produced a report; it decides the measurement model used for it. */
public enum SensorKind {
  /** Primary surveillance radar: range and azimuth of a skin echo, no identity. */
  PRIMARY_RADAR,
  /** Secondary (Mode A/C/S) radar: range, azimuth, pressure altitude and transponder identity. */
  SECONDARY_RADAR,
  /** A 1090 MHz receiver decoding ADS-B: self-reported GNSS positions. */
  ADSB_RECEIVER,
  /** A receiver of ASTM F3411 / EN 4709-002 drone Remote ID broadcasts. */
  REMOTE_ID_RECEIVER,
  /** An acoustic array giving bearings to engine noise. */
  ACOUSTIC,
  /** A radio-frequency direction finder giving bearings to emitters. */
  RF_DIRECTION_FINDER,
  /** A counter-UAS sensor reporting over SAPIENT. */
  COUNTER_UAS,
  /** A system tracker (e.g. ASTERIX CAT062) reporting fused tracks from elsewhere. */
  SYSTEM_TRACKER
}
