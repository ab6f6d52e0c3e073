package org.sargas.response.assignment;

/**
 * One effector's possible engagement of one threat.
 *
 * @param effector index of the effector in the problem, [0, effectorCount)
 * @param pk probability of kill of this engagement, [0, 1]
 * @param costEur cost of the engagement when it is made, euros, &ge; 0
 * @param startS earliest time of the engagement, seconds after the plan's time; shots on one threat
 *     are made in this order, a later one only if the earlier ones failed (shoot-look-shoot)
 */
public record Shot(int effector, double pk, double costEur, double startS) {

  public Shot {
    if (effector < 0) {
      throw new IllegalArgumentException("effector index < 0");
    }
    if (!(pk >= 0 && pk <= 1)) {
      throw new IllegalArgumentException("pk out of [0, 1]: " + pk);
    }
    if (!(costEur >= 0) || !Double.isFinite(costEur)) {
      throw new IllegalArgumentException("cost must be finite and >= 0: " + costEur);
    }
  }
}
