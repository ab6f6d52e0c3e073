package org.sargas.response.effector;

/**
 * Settings of the effector planner.
 *
 * @param horizonS how far ahead threat paths are predicted, seconds, &gt; 0
 * @param stepS sample spacing of the paths, seconds, &gt; 0: the resolution of window edges
 * @param fallbackAltitudeM threat altitude when the track has none, metres above the ellipsoid
 * @param maxLeakProbability per-threat leak bound, [0, 1]
 * @param leakPenaltyEur cost counted per unit of leak probability above the bound, euros: what the
 *     operator would spend to stop one more expected leaker; the default 10⁸ € makes meeting the
 *     bound come first wherever stock and windows allow
 * @param maxEngagementsPerThreat at most this many effectors on one threat (shoot-look-shoot), [1,
 *     4]
 */
public record EffectorSettings(
    double horizonS,
    double stepS,
    double fallbackAltitudeM,
    double maxLeakProbability,
    double leakPenaltyEur,
    int maxEngagementsPerThreat) {

  public EffectorSettings {
    if (!(horizonS > 0) || !(stepS > 0) || stepS > horizonS) {
      throw new IllegalArgumentException("need 0 < step <= horizon");
    }
    if (!Double.isFinite(fallbackAltitudeM)) {
      throw new IllegalArgumentException("fallback altitude must be finite");
    }
    if (!(maxLeakProbability >= 0 && maxLeakProbability <= 1) || !(leakPenaltyEur >= 0)) {
      throw new IllegalArgumentException("leak bound in [0, 1], penalty >= 0");
    }
    if (maxEngagementsPerThreat < 1 || maxEngagementsPerThreat > 4) {
      throw new IllegalArgumentException("max engagements per threat in [1, 4]");
    }
  }

  /** 30 min ahead in 2 s steps; unknown altitude 500 m; leak ≤ 0.1 per threat; two shots. */
  public static EffectorSettings defaults() {
    return new EffectorSettings(1800, 2, 500, 0.1, 1e8, 2);
  }
}
