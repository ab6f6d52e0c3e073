package org.sargas.model.track;

/**
 * Why a track's self-reported positions (ADS-B, Remote ID) are not believed. Each reason names one
 * plausibility check of the trust stage (docs/security.md, "Spoofing and interference").
 */
public enum TrustReason {
  /** A reported position is inconsistent with the emitter's own recent motion (a jump). */
  KINEMATIC_JUMP,
  /** The ADS-B position is far from the radar's plot of the same aircraft. */
  RADAR_MISMATCH,
  /** Inside radar coverage for a while, yet no radar plot anywhere near the reported position. */
  NO_RADAR_CONFIRMATION,
  /**
   * Receivers that heard the same message disagree with the reported position: the time-of-arrival
   * order contradicts the distances, or a receiver heard it from beyond its range.
   */
  RECEIVER_INCONSISTENT,
  /** The scatter of the positions is far larger than the declared accuracy (NACp) allows. */
  INTEGRITY_JITTER,
  /** The declared navigation accuracy (NACp) collapsed: the GNSS solution is degraded. */
  INTEGRITY_COLLAPSE,
  /** Several aircraft in the same area show the same offset or integrity collapse (jamming). */
  GNSS_INTERFERENCE_AREA,
  /** A Remote ID message seen again with the same content and timestamp. */
  REPLAY,
  /** A Remote ID timestamp went backwards. */
  TIME_REVERSAL,
  /** Two successive reports imply an impossible speed for the emitter. */
  TELEPORT
}
