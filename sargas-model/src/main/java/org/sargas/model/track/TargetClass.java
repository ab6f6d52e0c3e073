package org.sargas.model.track;

/** What a track is believed to be. */
public enum TargetClass {
  FAST_JET,
  LARGE_AIRCRAFT,
  HELICOPTER_OR_LIGHT_AIRCRAFT,
  SMALL_DRONE,
  /** Shahed/Geran or Gerbera-like one-way attack drone or decoy: about 150–200 km/h, low. */
  LOITERING_MUNITION,
  BALLOON,
  UNKNOWN;

  /** Whether the class is an uncrewed aircraft (the "drones only" zones apply to it). */
  public boolean isDrone() {
    return this == SMALL_DRONE || this == LOITERING_MUNITION;
  }
}
