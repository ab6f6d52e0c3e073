package org.sargas.airspace.warning;

/**
 * Tuning of {@link EarlyWarning}.
 *
 * @param horizonS how far ahead to predict, seconds (&gt; 0)
 * @param stepS prediction step, seconds: the predicted path is a polyline with this spacing
 * @param minSpeedMps tracks slower than this are not predicted (hovering, stationary)
 * @param minTurnRateDps a turning prediction is made only when the track's measured turn rate is at
 *     least this, degrees per second
 * @param maxTurnRateDps measured turn rates are clipped to this, degrees per second
 * @param minClosingSpeedMps a predicted entry counts only if the speed across the boundary at the
 *     entry point is at least {@code min(minClosingSpeedMps, minClosingFraction × speed)}: a track
 *     flying along the border, whose course error points it slightly inwards, is not warned
 * @param minClosingFraction see {@code minClosingSpeedMps}
 * @param reissueShiftS a warning for the same track and zone is issued again when the predicted
 *     entry time moved by more than this, seconds
 */
public record WarningSettings(
    double horizonS,
    double stepS,
    double minSpeedMps,
    double minTurnRateDps,
    double maxTurnRateDps,
    double minClosingSpeedMps,
    double minClosingFraction,
    double reissueShiftS) {

  public WarningSettings {
    if (!(horizonS > 0) || !(stepS > 0) || stepS > horizonS) {
      throw new IllegalArgumentException("need 0 < stepS <= horizonS");
    }
    if (!(minTurnRateDps > 0) || maxTurnRateDps < minTurnRateDps) {
      throw new IllegalArgumentException("need 0 < minTurnRateDps <= maxTurnRateDps");
    }
  }

  /**
   * Defaults: 300 s ahead in 2 s steps, tracks faster than 5 m/s, turning predictions from 0.5 °/s
   * (clipped at 6 °/s), closing speed at least min(15 m/s, 25 % of the speed), re-issued when the
   * predicted time moves by more than 15 s.
   */
  public static WarningSettings defaults() {
    return new WarningSettings(300, 2, 5, 0.5, 6, 15, 0.25, 15);
  }
}
