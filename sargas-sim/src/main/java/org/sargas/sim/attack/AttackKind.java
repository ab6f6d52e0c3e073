package org.sargas.sim.attack;

/** The attacks of the {@link AttackLibrary}. */
public enum AttackKind {
  /** No attack: the traffic alone (false-flag rate). */
  CLEAN(false),
  /** One aircraft's ADS-B positions offset by several kilometres at once (GNSS spoofing). */
  POSITION_OFFSET(false),
  /**
   * Every aircraft within a radius of a spoofer drifts to the same offset within seconds (the
   * Baltic pattern): a GNSS-interference advisory is expected.
   */
  AREA_SPOOFING(false),
  /**
   * Every aircraft within a radius of a jammer loses its GNSS fix: declared accuracy collapses and
   * positions wander (a GNSS-interference advisory is expected).
   */
  AREA_JAMMING(false),
  /** An ADS-B-only aircraft no radar sees, transmitted from a ground site. */
  GHOST_AIRCRAFT(false),
  /** A drone's Remote ID messages recorded and re-broadcast later with fresh time stamps. */
  REMOTE_ID_REPLAY(true),
  /** A drone's Remote ID position jumps kilometres between two messages. */
  TELEPORTING_DRONE(true);

  private final boolean remoteId;

  AttackKind(boolean remoteId) {
    this.remoteId = remoteId;
  }

  /** Whether it attacks Remote ID (goal: detected within 3 s) rather than ADS-B (10 s). */
  public boolean remoteId() {
    return remoteId;
  }
}
