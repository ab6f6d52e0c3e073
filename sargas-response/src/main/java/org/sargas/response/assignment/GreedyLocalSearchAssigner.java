package org.sargas.response.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy construction, then local improvement; for raids of any size.
 *
 * <ol>
 *   <li>Threats are taken in order of how much engaging them matters (objective of "not engaged"
 *       minus objective of their best option, largest first); each takes its best option that the
 *       remaining stock allows and that does not put a missile on a drone while a cheap effector
 *       with a shot at it still has stock.
 *   <li>Repair: a drone left holding a missile while such a gun or jammer still has stock (stock
 *       freed later) gets its best option without a missile.
 *   <li>Local search until no move improves: move one threat to a better option; failing that, move
 *       two threats at once (which frees an effector for the other: the ejection moves a
 *       stock-bound raid needs). Only feasible plans are visited.
 * </ol>
 *
 * <p>Not optimal in general (the problem is a generalised assignment with multiplicative leak,
 * NP-hard). Its plan carries the Lagrangian lower bound ({@code LagrangianBound}), which proves it
 * optimal when the two meet. It is the incumbent of {@link BranchAndBoundAssigner} and its answer
 * beyond the exact search's reach. Deterministic; stateless and thread-safe.
 */
public final class GreedyLocalSearchAssigner implements RaidAssigner {
  private static final int MAX_ROUNDS = 1000;

  @Override
  public RaidSolution solve(RaidProblem p) {
    int[] choice = construct(p);
    double objective = p.objective(choice);
    double bound = LagrangianBound.of(p, objective).bound;
    boolean proven = bound >= objective - 1e-9 * Math.max(1, Math.abs(objective));
    return RaidSolution.of(p, choice, bound, proven, "greedy+local-search", 0);
  }

  /** The greedy, repaired and locally improved choice, without bound. */
  int[] construct(RaidProblem p) {
    int n = p.threatCount();
    int[] choice = new int[n];
    int[] used = new int[p.effectorCount()];
    for (int i : importanceOrder(p)) {
      for (int o = 0; o < p.optionCount(i); o++) {
        ThreatOption opt = p.option(i, o);
        if (fits(p, opt, null, used) && !cheapAvailable(p, i, opt, used)) {
          choice[i] = o;
          add(opt, used, 1);
          break;
        }
      }
    }
    repair(p, choice, used);
    improve(p, choice, used);
    return choice;
  }

  /** Threat indices, the most consequential first (ties by index). */
  static List<Integer> importanceOrder(RaidProblem p) {
    List<Integer> order = new ArrayList<>();
    double[] importance = new double[p.threatCount()];
    for (int i = 0; i < p.threatCount(); i++) {
      order.add(i);
      double none = Double.NaN;
      for (ThreatOption o : p.options(i)) {
        if (o.size() == 0) {
          none = o.objective();
        }
      }
      importance[i] = none - p.option(i, 0).objective();
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -importance[i]).thenComparingInt(i -> i));
    return order;
  }

  private static void repair(RaidProblem p, int[] choice, int[] used) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < choice.length; i++) {
        ThreatOption cur = p.option(i, choice[i]);
        if (!p.violatesCheapFirst(i, cur, used)) {
          continue;
        }
        add(cur, used, -1);
        for (int o = 0; o < p.optionCount(i); o++) {
          ThreatOption opt = p.option(i, o);
          if (!opt.hasMissile() && fits(p, opt, null, used)) {
            choice[i] = o;
            break;
          }
        }
        add(p.option(i, choice[i]), used, 1);
        changed = true;
      }
    }
  }

  private static void improve(RaidProblem p, int[] choice, int[] used) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      if (!singleMove(p, choice, used) && !pairMove(p, choice, used)) {
        return;
      }
    }
  }

  private static boolean singleMove(RaidProblem p, int[] choice, int[] used) {
    for (int i = 0; i < choice.length; i++) {
      ThreatOption cur = p.option(i, choice[i]);
      double eps = 1e-9 * Math.max(1, Math.abs(cur.objective()));
      for (int o = 0; o < p.optionCount(i); o++) {
        ThreatOption opt = p.option(i, o);
        if (opt.objective() >= cur.objective() - eps) {
          break; // options are sorted by objective
        }
        if (!fits(p, opt, cur, used)) {
          continue;
        }
        int old = choice[i];
        add(cur, used, -1);
        add(opt, used, 1);
        choice[i] = o;
        if (p.cheapFirstHolds(choice, used)) {
          return true;
        }
        choice[i] = old;
        add(opt, used, -1);
        add(cur, used, 1);
      }
    }
    return false;
  }

  private static boolean pairMove(RaidProblem p, int[] choice, int[] used) {
    int n = choice.length;
    for (int i = 0; i < n; i++) {
      for (int m = i + 1; m < n; m++) {
        ThreatOption ci = p.option(i, choice[i]);
        ThreatOption cm = p.option(m, choice[m]);
        double current = ci.objective() + cm.objective();
        double eps = 1e-9 * Math.max(1, Math.abs(current));
        add(ci, used, -1);
        add(cm, used, -1);
        for (int a = 0; a < p.optionCount(i); a++) {
          ThreatOption oi = p.option(i, a);
          if (oi.objective() + p.option(m, 0).objective() >= current - eps) {
            break;
          }
          if (!fits(p, oi, null, used)) {
            continue;
          }
          add(oi, used, 1);
          for (int b = 0; b < p.optionCount(m); b++) {
            ThreatOption om = p.option(m, b);
            if (oi.objective() + om.objective() >= current - eps) {
              break;
            }
            if (!fits(p, om, null, used)) {
              continue;
            }
            add(om, used, 1);
            int oldI = choice[i];
            int oldM = choice[m];
            choice[i] = a;
            choice[m] = b;
            if (p.cheapFirstHolds(choice, used)) {
              return true;
            }
            choice[i] = oldI;
            choice[m] = oldM;
            add(om, used, -1);
          }
          add(oi, used, -1);
        }
        add(ci, used, 1);
        add(cm, used, 1);
      }
    }
    return false;
  }

  /** Whether a drone would take a missile while a cheap effector with a shot at it has stock. */
  private static boolean cheapAvailable(RaidProblem p, int i, ThreatOption opt, int[] used) {
    if (!p.threat(i).drone() || !opt.hasMissile()) {
      return false;
    }
    for (Shot s : p.threat(i).shots()) {
      if (p.cheap(s.effector()) && used[s.effector()] < p.stock(s.effector())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code opt} fits the stock when {@code replaced} (may be null) is given back. */
  static boolean fits(RaidProblem p, ThreatOption opt, ThreatOption replaced, int[] used) {
    for (int k = 0; k < opt.size(); k++) {
      int j = opt.effector(k);
      int back = replaced != null && replaced.uses(j) ? 1 : 0;
      if (used[j] - back + 1 > p.stock(j)) {
        return false;
      }
    }
    return true;
  }

  static void add(ThreatOption opt, int[] used, int sign) {
    for (int k = 0; k < opt.size(); k++) {
      used[opt.effector(k)] += sign;
    }
  }
}
