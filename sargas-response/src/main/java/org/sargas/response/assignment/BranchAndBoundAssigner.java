package org.sargas.response.assignment;

import java.util.List;

/**
 * Exact depth-first branch and bound, within a node budget.
 *
 * <p>The incumbent is {@link GreedyLocalSearchAssigner}'s plan. At the root the stock constraints
 * are relaxed with Lagrange multipliers ({@code LagrangianBound}); when that bound meets the
 * incumbent, no search is needed. Threats are branched in the greedy's importance order, each over
 * its options in ascending objective; a branch is cut when its objective so far plus a lower bound
 * for the remaining threats cannot beat the incumbent. The bound is the larger of two relaxations
 * (the cheap-first rule ignored in both, which is valid since it only restricts): the Lagrangian
 * one with the root's multipliers and the remaining stock, and the sum of each remaining threat's
 * best option that fits the remaining stock alone. Stock is checked on the way down, the
 * cheap-first rule at the leaves. When the search ends within the budget the plan is optimal
 * ({@link RaidSolution#provenOptimal()}); otherwise the best plan found is returned, never worse
 * than the greedy one. The budget counts nodes, not time, so the answer is the same on every
 * machine. Stateless and thread-safe.
 */
public final class BranchAndBoundAssigner implements RaidAssigner {
  /** Default node budget: about a second on one core for the largest raids. */
  public static final long DEFAULT_NODE_BUDGET = 500_000;

  private final long nodeBudget;
  private final GreedyLocalSearchAssigner greedy = new GreedyLocalSearchAssigner();

  /** With {@link #DEFAULT_NODE_BUDGET}. */
  public BranchAndBoundAssigner() {
    this(DEFAULT_NODE_BUDGET);
  }

  /**
   * @param nodeBudget nodes the search may visit before it settles for the best plan found, &gt; 0
   */
  public BranchAndBoundAssigner(long nodeBudget) {
    if (nodeBudget <= 0) {
      throw new IllegalArgumentException("node budget must be > 0");
    }
    this.nodeBudget = nodeBudget;
  }

  @Override
  public RaidSolution solve(RaidProblem p) {
    int[] start = greedy.construct(p);
    double startObjective = p.objective(start);
    LagrangianBound lagrangian = LagrangianBound.of(p, startObjective);
    Search s = new Search(p, start, startObjective, lagrangian.mu);
    double eps = 1e-9 * Math.max(1, Math.abs(startObjective));
    if (lagrangian.bound < startObjective - eps) {
      s.dfs(0, 0.0);
    }
    return RaidSolution.of(p, s.best, lagrangian.bound, !s.aborted, "branch-and-bound", s.nodes);
  }

  private final class Search {
    final RaidProblem p;
    final int[] order;
    final double[] suffixBound;
    final double[] mu;
    final double[] lagrangianSuffix;
    final int[] choice;
    final int[] used;
    int[] best;
    double bestObjective;
    long nodes;
    boolean aborted;

    Search(RaidProblem p, int[] incumbent, double incumbentObjective, double[] mu) {
      this.p = p;
      List<Integer> o = GreedyLocalSearchAssigner.importanceOrder(p);
      int n = p.threatCount();
      order = new int[n];
      for (int k = 0; k < n; k++) {
        order[k] = o.get(k);
      }
      suffixBound = new double[n + 1];
      for (int k = n - 1; k >= 0; k--) {
        suffixBound[k] = suffixBound[k + 1] + p.option(order[k], 0).objective();
      }
      this.mu = mu;
      lagrangianSuffix = new double[n + 1];
      for (int k = n - 1; k >= 0; k--) {
        double min = Double.POSITIVE_INFINITY;
        for (ThreatOption opt : p.options(order[k])) {
          min = Math.min(min, LagrangianBound.priced(opt, mu));
        }
        lagrangianSuffix[k] = lagrangianSuffix[k + 1] + min;
      }
      choice = new int[n];
      used = new int[p.effectorCount()];
      best = incumbent.clone();
      bestObjective = incumbentObjective;
    }

    void dfs(int depth, double partial) {
      if (aborted) {
        return;
      }
      if (++nodes > nodeBudget) {
        aborted = true;
        return;
      }
      double eps = 1e-9 * Math.max(1, Math.abs(bestObjective));
      if (depth == order.length) {
        if (partial < bestObjective - eps && p.cheapFirstHolds(choice, used)) {
          best = choice.clone();
          bestObjective = partial;
        }
        return;
      }
      if (partial + lagrangianBound(depth) >= bestObjective - eps
          || partial + stockBound(depth) >= bestObjective - eps) {
        return;
      }
      int i = order[depth];
      for (int o = 0; o < p.optionCount(i); o++) {
        ThreatOption opt = p.option(i, o);
        if (partial + opt.objective() + suffixBound[depth + 1] >= bestObjective - eps) {
          break; // options ascend in objective: no later one can do better
        }
        if (!GreedyLocalSearchAssigner.fits(p, opt, null, used)) {
          continue;
        }
        GreedyLocalSearchAssigner.add(opt, used, 1);
        choice[i] = o;
        dfs(depth + 1, partial + opt.objective());
        choice[i] = 0;
        GreedyLocalSearchAssigner.add(opt, used, -1);
        if (aborted) {
          return;
        }
      }
    }

    /**
     * The Lagrangian bound on the threats from {@code depth} on, with the remaining stock: for any
     * completion using {@code u_j ≤ r_j} of effector {@code j}, its objective is at least {@code
     * Σ_k min_o (objective_o + μ·o) − μ·r}.
     */
    double lagrangianBound(int depth) {
      double b = lagrangianSuffix[depth];
      for (int j = 0; j < mu.length; j++) {
        b -= mu[j] * (p.stock(j) - used[j]);
      }
      return b;
    }

    /**
     * Sum over the threats from {@code depth} on of the best option that fits the remaining stock
     * on its own: still a lower bound (a plan must at least fit each threat's option alone), and
     * tighter than {@link #suffixBound} once stock runs low.
     */
    double stockBound(int depth) {
      double sum = 0;
      for (int k = depth; k < order.length; k++) {
        int i = order[k];
        for (int o = 0; o < p.optionCount(i); o++) {
          ThreatOption opt = p.option(i, o);
          if (GreedyLocalSearchAssigner.fits(p, opt, null, used)) {
            sum += opt.objective();
            break;
          }
        }
      }
      return sum;
    }
  }
}
