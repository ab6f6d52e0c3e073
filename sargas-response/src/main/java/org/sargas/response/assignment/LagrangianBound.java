package org.sargas.response.assignment;

import java.util.Arrays;

/**
 * A lower bound on a raid's optimal objective from the Lagrangian relaxation of the stock
 * constraints. For multipliers {@code μ_j ≥ 0} (a price per engagement of effector {@code j}):
 *
 * <pre>
 *   L(μ) = Σ_i min_o ( objective_o + Σ_{j ∈ o} μ_j ) − Σ_j μ_j · stock_j  ≤  optimum
 * </pre>
 *
 * since any feasible plan uses at most {@code stock_j} of each effector. The multipliers are
 * improved by the subgradient method (Held–Karp step {@code θ (UB − L) / ‖g‖²}, θ halved after 10
 * iterations without progress, 200 iterations at most). The cheap-first rule is relaxed too, so the
 * bound stays valid. Used by {@link BranchAndBoundAssigner} at every node with the best multipliers
 * found at the root, and reported as the plan's proven bound. Deterministic.
 */
final class LagrangianBound {
  private static final int ITERATIONS = 200;
  private static final int PATIENCE = 10;

  /** Best multipliers found, per effector. */
  final double[] mu;

  /** L(mu): the bound at the best multipliers. */
  final double bound;

  private LagrangianBound(double[] mu, double bound) {
    this.mu = mu;
    this.bound = bound;
  }

  /**
   * @param p the raid
   * @param upperBound objective of a feasible plan (sets the step size)
   */
  static LagrangianBound of(RaidProblem p, double upperBound) {
    int e = p.effectorCount();
    double[] mu = new double[e];
    double[] bestMu = mu.clone();
    double best = evaluate(p, mu, null);
    double theta = 2.0;
    int stale = 0;
    int[] usage = new int[e];
    for (int it = 0; it < ITERATIONS; it++) {
      Arrays.fill(usage, 0);
      double l = evaluate(p, mu, usage);
      if (l > best + 1e-9 * Math.max(1, Math.abs(best))) {
        best = l;
        bestMu = mu.clone();
        stale = 0;
      } else if (++stale >= PATIENCE) {
        theta /= 2;
        stale = 0;
      }
      double norm = 0;
      double[] g = new double[e];
      for (int j = 0; j < e; j++) {
        g[j] = usage[j] - p.stock(j);
        if (mu[j] == 0 && g[j] < 0) {
          g[j] = 0; // projected: the multiplier cannot go below zero
        }
        norm += g[j] * g[j];
      }
      double gap = upperBound - l;
      if (norm == 0 || gap <= 1e-9 * Math.max(1, Math.abs(upperBound)) || theta < 1e-6) {
        break;
      }
      double step = theta * gap / norm;
      for (int j = 0; j < e; j++) {
        mu[j] = Math.max(0, mu[j] + step * g[j]);
      }
    }
    return new LagrangianBound(bestMu, best);
  }

  /** L(mu); fills {@code usage} (if not null) with the relaxed plan's use of each effector. */
  private static double evaluate(RaidProblem p, double[] mu, int[] usage) {
    double sum = 0;
    for (int i = 0; i < p.threatCount(); i++) {
      int bestO = 0;
      double bestV = Double.POSITIVE_INFINITY;
      for (int o = 0; o < p.optionCount(i); o++) {
        double v = priced(p.option(i, o), mu);
        if (v < bestV) {
          bestV = v;
          bestO = o;
        }
      }
      sum += bestV;
      if (usage != null) {
        ThreatOption opt = p.option(i, bestO);
        for (int k = 0; k < opt.size(); k++) {
          usage[opt.effector(k)]++;
        }
      }
    }
    for (int j = 0; j < mu.length; j++) {
      sum -= mu[j] * p.stock(j);
    }
    return sum;
  }

  /** An option's objective plus the prices of the effectors it uses. */
  static double priced(ThreatOption o, double[] mu) {
    double v = o.objective();
    for (int k = 0; k < o.size(); k++) {
      v += mu[o.effector(k)];
    }
    return v;
  }
}
