package org.sargas.model.airspace;

/** Which tracks a zone applies to. */
public enum Applicability {
  ALL_TRACKS,
  /** Only tracks classified as small drones or loitering munitions. */
  DRONES_ONLY,
  /** Only tracks without a cooperative identity (no ICAO address, no Remote ID). */
  NON_COOPERATIVE_ONLY
}
