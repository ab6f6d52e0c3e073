package org.sargas.model.track;

/**
 * STANAG 1241 / APP-6 standard identity of a track: what the identification criteria say about it.
 * A standard identity is an identification, not a decision: {@link #HOSTILE} does not mean cleared
 * to engage.
 */
public enum StandardIdentity {
  /** Not yet evaluated (a new track before the identification criteria ran). */
  PENDING('P'),
  /** Evaluated, but no criterion applies. */
  UNKNOWN('U'),
  /** Friendly characteristics, not yet confirmed. */
  ASSUMED_FRIEND('A'),
  /** Positively identified as friendly (own forces, allied, authenticated). */
  FRIEND('F'),
  /** Neither supporting nor opposing: civil traffic on a filed plan, a cleared state aircraft. */
  NEUTRAL('N'),
  /** Potentially hostile: behaviour or origin gives cause for suspicion. */
  SUSPECT('S'),
  /** Positively identified as hostile by the criteria (not an authority to engage). */
  HOSTILE('H'),
  /** Exercise: a friendly track acting as suspect. */
  JOKER('J'),
  /** Exercise: a friendly track acting as hostile. */
  FAKER('K');

  private final char letter;

  StandardIdentity(char letter) {
    this.letter = letter;
  }

  /**
   * The APP-6/MIL-STD-2525 standard identity letter (upper case): P, U, A, F, N, S, H, J, K. The
   * Cursor-on-Target affiliation is the same letter in lower case.
   */
  public char letter() {
    return letter;
  }

  /** Whether the identity is on the hostile side (suspect, hostile, or their exercise forms). */
  public boolean isThreat() {
    return this == SUSPECT || this == HOSTILE || this == JOKER || this == FAKER;
  }

  /** Whether the identity is on the friendly side. */
  public boolean isFriendly() {
    return this == FRIEND || this == ASSUMED_FRIEND;
  }
}
