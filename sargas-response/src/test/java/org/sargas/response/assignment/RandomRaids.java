package org.sargas.response.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random small raids for the solver tests. */
final class RandomRaids {
  private RandomRaids() {}

  /**
   * A raid of 1..maxThreats threats and 2..maxEffectors effectors: each effector a missile (cost
   * 0.2–2 M€, pk 0.75–0.95), a gun or jammer (cheap: 0.5–20 k€, pk 0.3–0.8) or an interceptor drone
   * (neither: 3–8 k€, pk 0.4–0.7), stock 0–3; each threat a drone with probability 0.7 and a shot
   * from each effector with probability 0.6.
   */
  static RaidProblem raid(SplittableRandom r, int maxThreats, int maxEffectors, double bound) {
    int e = 2 + r.nextInt(maxEffectors - 1);
    int[] stock = new int[e];
    boolean[] missile = new boolean[e];
    boolean[] cheap = new boolean[e];
    double[][] pkCost = new double[e][];
    for (int j = 0; j < e; j++) {
      stock[j] = r.nextInt(4);
      int kind = r.nextInt(3);
      missile[j] = kind == 0;
      cheap[j] = kind == 1;
      pkCost[j] =
          switch (kind) {
            case 0 -> new double[] {0.75 + 0.2 * r.nextDouble(), 200_000 + 1.8e6 * r.nextDouble()};
            case 1 -> new double[] {0.3 + 0.5 * r.nextDouble(), 500 + 19_500 * r.nextDouble()};
            default -> new double[] {0.4 + 0.3 * r.nextDouble(), 3_000 + 5_000 * r.nextDouble()};
          };
    }
    int n = 1 + r.nextInt(maxThreats);
    List<ThreatShots> threats = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Shot> shots = new ArrayList<>();
      for (int j = 0; j < e; j++) {
        if (r.nextDouble() < 0.6) {
          double pk = Math.min(1, pkCost[j][0] * (0.9 + 0.2 * r.nextDouble()));
          shots.add(new Shot(j, pk, pkCost[j][1], 10 + 300 * r.nextDouble()));
        }
      }
      threats.add(new ThreatShots(r.nextDouble() < 0.7, shots));
    }
    return new RaidProblem(stock, missile, cheap, threats, 2, bound, 1e8);
  }
}
