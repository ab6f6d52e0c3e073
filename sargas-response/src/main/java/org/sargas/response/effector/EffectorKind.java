package org.sargas.response.effector;

/** What kind of effector, which decides the cheap-first rule. */
public enum EffectorKind {
  /** Radio-frequency / GNSS jammer: soft kill, no round fired. */
  JAMMER,
  /** Anti-aircraft gun (35 mm class, programmable ammunition). */
  GUN,
  /** Interceptor drone that rams or detonates near the target. */
  INTERCEPTOR_DRONE,
  /** Short-range surface-to-air missile (MANPADS class). */
  SHORT_RANGE_MISSILE,
  /** Medium-range surface-to-air missile (NASAMS, CAMM class). */
  MEDIUM_RANGE_MISSILE,
  /** Fighter on alert, engaging with an air-to-air missile. */
  FIGHTER;

  /** Whether an engagement fires a missile (the expensive kind the cheap-first rule spares). */
  public boolean missile() {
    return this == SHORT_RANGE_MISSILE || this == MEDIUM_RANGE_MISSILE || this == FIGHTER;
  }

  /** Whether it is a cheap countermeasure that, where it can, must be used before a missile. */
  public boolean cheap() {
    return this == JAMMER || this == GUN;
  }
}
