package org.sargas.response.path;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One way a threat may fly on from its last estimate: a coordinated turn at constant ground speed
 * and a constant turn rate until it has turned {@code maxTurnDeg}, then straight on (a threat does
 * not circle for ever; the airspace stage's early warning predicts the same way).
 *
 * @param name label shown to the operator, e.g. {@code "straight"}, {@code "turn-left-3.0dps"}
 * @param turnRateDps turn rate, degrees per second, positive = clockwise (right), 0 = straight
 * @param maxTurnDeg the turn stops after this many degrees, [0, 360]
 */
public record MotionHypothesis(String name, double turnRateDps, double maxTurnDeg) {

  public MotionHypothesis {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(turnRateDps)) {
      throw new IllegalArgumentException("turn rate not finite: " + turnRateDps);
    }
    if (!(maxTurnDeg >= 0 && maxTurnDeg <= 360)) {
      throw new IllegalArgumentException("max turn out of [0, 360] deg: " + maxTurnDeg);
    }
  }

  /** Constant velocity along the geodesic of the current course. */
  public static MotionHypothesis straight() {
    return new MotionHypothesis("straight", 0.0, 0.0);
  }

  /** A left (anticlockwise) turn at {@code rateDps} &gt; 0 for at most {@code maxTurnDeg}. */
  public static MotionHypothesis left(double rateDps, double maxTurnDeg) {
    return new MotionHypothesis(
        String.format(Locale.ROOT, "turn-left-%.1fdps", rateDps), -Math.abs(rateDps), maxTurnDeg);
  }

  /** A right (clockwise) turn at {@code rateDps} &gt; 0 for at most {@code maxTurnDeg}. */
  public static MotionHypothesis right(double rateDps, double maxTurnDeg) {
    return new MotionHypothesis(
        String.format(Locale.ROOT, "turn-right-%.1fdps", rateDps), Math.abs(rateDps), maxTurnDeg);
  }

  /**
   * Straight, left and right: the three manoeuvre hypotheses of the planners. With {@code rateDps}
   * = 0 only straight.
   */
  public static List<MotionHypothesis> standardSet(double rateDps, double maxTurnDeg) {
    if (rateDps == 0) {
      return List.of(straight());
    }
    return List.of(straight(), left(rateDps, maxTurnDeg), right(rateDps, maxTurnDeg));
  }
}
