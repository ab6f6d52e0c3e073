package org.sargas.track.classification.evaluation;

/**
 * The simulated sensors that may see a labelled target; all radars share one site at the region
 * origin and rotate every {@value #RADAR_PERIOD_S} s.
 */
public enum SurveillanceSensor {
  /** 2-D primary radar: range and azimuth (σ 50 m, 0.15°), no height. */
  PSR_2D,
  /** 3-D primary radar: range, azimuth and elevation (σ 50 m, 0.15°, 0.25°). */
  PSR_3D,
  /** Mode A/C secondary radar: range, azimuth (σ 30 m, 0.07°), Mode 3/A code, Mode C altitude. */
  SSR_MODE_AC,
  /** Mode S radar: as Mode A/C plus the 24-bit address and the aircraft identification. */
  SSR_MODE_S,
  /** ADS-B receiver: 1 Hz GNSS positions (σ 15 m), altitude, address, callsign, squawk. */
  ADSB,
  /** Remote ID receiver: 1 Hz positions (σ 10 m), altitude, serial. */
  REMOTE_ID;

  /** Rotation period of the radars, s. */
  public static final double RADAR_PERIOD_S = 4.0;
}
