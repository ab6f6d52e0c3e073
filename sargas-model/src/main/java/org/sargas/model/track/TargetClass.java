package org.sargas.model.track;

/**
 * What a track is believed to be: civil classes beside the military ones (docs/classification.md
 * lists the evidence behind each). Names are stable: scenarios, detection probabilities per class,
 * the store and the API use them.
 */
public enum TargetClass {
  /** Combat aircraft: high speed, hard manoeuvres or steep climbs, often without transponder. */
  FAST_JET,
  /** Military transport, tanker or surveillance aircraft (IL-76/78, C-17, A400M, KC-135, E-3). */
  LARGE_AIRCRAFT,
  /**
   * Helicopter or light aircraft, not told apart.
   *
   * @deprecated the classifier now says {@link #HELICOPTER} or {@link #LIGHT_AIRCRAFT}; kept so
   *     scenarios that name it as a target type still parse and keep their meaning (and detection
   *     probability per class)
   */
  @Deprecated
  HELICOPTER_OR_LIGHT_AIRCRAFT,
  /** Small uncrewed aircraft (multirotor, small fixed-wing; below about 150 kg). */
  SMALL_DRONE,
  /** Shahed/Geran or Gerbera-like one-way attack drone or decoy: about 150–200 km/h, low. */
  LOITERING_MUNITION,
  /** Free balloon (manned, weather, stratospheric or smuggling balloon): drifts with the wind. */
  BALLOON,
  /** Airliner or other large civil fixed-wing aircraft (regional turboprop, business jet). */
  AIRLINER,
  /** Light fixed-wing aircraft (piston single or twin, ultralight, microlight). */
  LIGHT_AIRCRAFT,
  /** Helicopter (rotorcraft): can hover and crawl, cruises below about 80 m/s. */
  HELICOPTER,
  /** Glider or sailplane: circles in thermals while climbing, glides at 20–45 m/s. */
  GLIDER,
  /** Medium-altitude long-endurance or larger uncrewed aircraft (MQ-9, TB2, Orion-class). */
  LARGE_UAS,
  UNKNOWN;

  /** Whether the class is an uncrewed aircraft (the "drones only" zones apply to it). */
  public boolean isDrone() {
    return this == SMALL_DRONE || this == LOITERING_MUNITION || this == LARGE_UAS;
  }
}
