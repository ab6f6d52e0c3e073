package org.sargas.response.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A raid to answer: which effectors engage which threats.
 *
 * <p>A plan gives each threat a set of at most {@code maxShotsPerThreat} shots, made in order of
 * their start time, each only if the ones before failed. For a threat with shots {@code 1..m}:
 *
 * <pre>
 *   leak          = Π (1 − pk_k)
 *   expected cost = Σ_k cost_k · Π_{l&lt;k} (1 − pk_l)
 *   objective     = expected cost + leakPenaltyEur · max(0, leak − maxLeakProbability)
 * </pre>
 *
 * and the plan's objective is the sum over threats. A plan is feasible when no effector is used
 * more often than its stock and the cheap-first rule holds: a drone threat gets a missile only if
 * every cheap effector (gun, jammer) that has a shot at it is used up by other threats — so never a
 * missile beside, or instead of, an available gun or jammer; not even as a back-up.
 *
 * <p>The leak bound is soft, a penalty: with the default penalty (10⁸ € per unit of leak
 * probability above the bound) the plan meets the bound wherever stock and windows allow and, where
 * they do not, leaks as little as it can; among plans that do, it is the cheapest. Immutable.
 */
public final class RaidProblem {
  private final int effectorCount;
  private final int[] stock;
  private final boolean[] missile;
  private final boolean[] cheap;
  private final List<ThreatShots> threats;
  private final int maxShotsPerThreat;
  private final double maxLeakProbability;
  private final double leakPenaltyEur;
  private final ThreatOption[][] options;

  /**
   * @param stock engagements each effector can still make, per effector index (its length is the
   *     effector count)
   * @param missile per effector: whether it is a missile (or a fighter firing one)
   * @param cheap per effector: whether it is a cheap countermeasure (gun, jammer)
   * @param threats per threat, its shots
   * @param maxShotsPerThreat at most this many effectors per threat, &ge; 1
   * @param maxLeakProbability per-threat leak bound, [0, 1]
   * @param leakPenaltyEur penalty per unit of leak probability above the bound, euros, &ge; 0
   */
  public RaidProblem(
      int[] stock,
      boolean[] missile,
      boolean[] cheap,
      List<ThreatShots> threats,
      int maxShotsPerThreat,
      double maxLeakProbability,
      double leakPenaltyEur) {
    this.effectorCount = stock.length;
    if (missile.length != effectorCount || cheap.length != effectorCount) {
      throw new IllegalArgumentException(
          "stock, missile and cheap must have one entry per effector");
    }
    for (int s : stock) {
      if (s < 0) {
        throw new IllegalArgumentException("stock < 0");
      }
    }
    if (maxShotsPerThreat < 1) {
      throw new IllegalArgumentException("maxShotsPerThreat must be >= 1");
    }
    if (!(maxLeakProbability >= 0 && maxLeakProbability <= 1) || !(leakPenaltyEur >= 0)) {
      throw new IllegalArgumentException("leak bound in [0, 1] and penalty >= 0 required");
    }
    this.stock = stock.clone();
    this.missile = missile.clone();
    this.cheap = cheap.clone();
    this.threats = List.copyOf(threats);
    for (ThreatShots t : this.threats) {
      for (Shot s : t.shots()) {
        if (s.effector() >= effectorCount) {
          throw new IllegalArgumentException("shot names effector " + s.effector());
        }
      }
    }
    this.maxShotsPerThreat = maxShotsPerThreat;
    this.maxLeakProbability = maxLeakProbability;
    this.leakPenaltyEur = leakPenaltyEur;
    this.options = new ThreatOption[this.threats.size()][];
    for (int i = 0; i < options.length; i++) {
      options[i] = enumerate(this.threats.get(i));
    }
  }

  public int threatCount() {
    return threats.size();
  }

  public int effectorCount() {
    return effectorCount;
  }

  /** Stock of effector {@code j}. */
  public int stock(int j) {
    return stock[j];
  }

  public boolean missile(int j) {
    return missile[j];
  }

  public boolean cheap(int j) {
    return cheap[j];
  }

  public ThreatShots threat(int i) {
    return threats.get(i);
  }

  public int maxShotsPerThreat() {
    return maxShotsPerThreat;
  }

  public double maxLeakProbability() {
    return maxLeakProbability;
  }

  public double leakPenaltyEur() {
    return leakPenaltyEur;
  }

  /**
   * The options of threat {@code i}: every set of at most {@code maxShotsPerThreat} of its shots,
   * including none (option 0), sorted by objective (ties: fewer shots, then effector indices).
   */
  public List<ThreatOption> options(int i) {
    return List.of(options[i]);
  }

  /** Option {@code o} of threat {@code i} (no copy; see {@link #options}). */
  public ThreatOption option(int i, int o) {
    return options[i][o];
  }

  /** Number of options of threat {@code i}. */
  public int optionCount(int i) {
    return options[i].length;
  }

  /** Whether a choice (one option index per threat) respects stock and the cheap-first rule. */
  public boolean feasible(int[] choice) {
    int[] used = usage(choice);
    for (int j = 0; j < effectorCount; j++) {
      if (used[j] > stock[j]) {
        return false;
      }
    }
    return cheapFirstHolds(choice, used);
  }

  /** Engagements per effector under a choice. */
  public int[] usage(int[] choice) {
    int[] used = new int[effectorCount];
    for (int i = 0; i < choice.length; i++) {
      ThreatOption o = options[i][choice[i]];
      for (int k = 0; k < o.size(); k++) {
        used[o.effector(k)]++;
      }
    }
    return used;
  }

  /**
   * The cheap-first rule for a choice with the given usage: no drone threat holds a missile while a
   * cheap effector with a shot at it has stock not used on other threats.
   */
  public boolean cheapFirstHolds(int[] choice, int[] used) {
    for (int i = 0; i < choice.length; i++) {
      if (violatesCheapFirst(i, options[i][choice[i]], used)) {
        return false;
      }
    }
    return true;
  }

  /** Whether threat {@code i} holding option {@code o} breaks the rule, given total usage. */
  boolean violatesCheapFirst(int i, ThreatOption o, int[] used) {
    ThreatShots t = threats.get(i);
    if (!t.drone() || !o.hasMissile()) {
      return false;
    }
    for (Shot s : t.shots()) {
      int j = s.effector();
      if (cheap[j]) {
        int usedByOthers = used[j] - (o.uses(j) ? 1 : 0);
        if (usedByOthers < stock[j]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Sum of the options' objectives. */
  public double objective(int[] choice) {
    double sum = 0;
    for (int i = 0; i < choice.length; i++) {
      sum += options[i][choice[i]].objective();
    }
    return sum;
  }

  private ThreatOption[] enumerate(ThreatShots t) {
    List<Shot> shots = new ArrayList<>(t.shots());
    shots.sort(Comparator.comparingDouble(Shot::startS).thenComparingInt(Shot::effector));
    List<ThreatOption> out = new ArrayList<>();
    int n = shots.size();
    int k = Math.min(maxShotsPerThreat, n);
    // Subsets in increasing size, each in lexicographic order of the time-sorted shots.
    int[] idx = new int[k];
    out.add(evaluate(List.of()));
    for (int size = 1; size <= k; size++) {
      for (int a = 0; a < size; a++) {
        idx[a] = a;
      }
      while (true) {
        List<Shot> subset = new ArrayList<>(size);
        for (int a = 0; a < size; a++) {
          subset.add(shots.get(idx[a]));
        }
        out.add(evaluate(subset));
        int p = size - 1;
        while (p >= 0 && idx[p] == n - size + p) {
          p--;
        }
        if (p < 0) {
          break;
        }
        idx[p]++;
        for (int a = p + 1; a < size; a++) {
          idx[a] = idx[a - 1] + 1;
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(ThreatOption::objective)
            .thenComparingInt(o -> o.shots().size())
            .thenComparing(o -> Arrays.toString(o.effectors())));
    return out.toArray(new ThreatOption[0]);
  }

  private ThreatOption evaluate(List<Shot> inOrder) {
    double survive = 1;
    double cost = 0;
    boolean hasMissile = false;
    int[] eff = new int[inOrder.size()];
    for (int a = 0; a < inOrder.size(); a++) {
      Shot s = inOrder.get(a);
      cost += survive * s.costEur();
      survive *= 1 - s.pk();
      eff[a] = s.effector();
      hasMissile |= missile[s.effector()];
    }
    double objective = cost + leakPenaltyEur * Math.max(0, survive - maxLeakProbability);
    return new ThreatOption(inOrder, eff, survive, cost, objective, hasMissile);
  }

  @Override
  public String toString() {
    return "RaidProblem[threats=" + threats.size() + ", effectors=" + effectorCount + "]";
  }
}
