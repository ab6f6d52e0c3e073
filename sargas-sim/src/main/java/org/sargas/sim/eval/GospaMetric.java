package org.sargas.sim.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generalised optimal sub-pattern assignment metric (Rahmathullah, García-Fernández and
 * Svensson, "Generalized optimal sub-pattern assignment metric", FUSION 2017) between the truths
 * and the tracks of one scan, with cut-off {@code c}, order {@code p} and {@code α = 2}:
 *
 * <pre>d = ( min over assignments γ  Σ_(i,j)∈γ d(x_i, y_j)^p + c^p/2 (|X| + |Y| − 2|γ|) )^(1/p)
 * </pre>
 *
 * where only pairs closer than c may be assigned. The optimal assignment is found exactly per
 * connected cluster of pairs closer than c. Immutable; {@link #score} allocates per call.
 */
public final class GospaMetric {
  private final double c;
  private final double p;
  private final double alpha;

  /**
   * @param cutoffM c, m
   * @param order p ≥ 1
   * @param alpha α in (0, 2]; the setting is 2
   */
  public GospaMetric(double cutoffM, double order, double alpha) {
    if (!(cutoffM > 0) || !(order >= 1) || !(alpha > 0 && alpha <= 2)) {
      throw new IllegalArgumentException("need c > 0, p >= 1, 0 < alpha <= 2");
    }
    this.c = cutoffM;
    this.p = order;
    this.alpha = alpha;
  }

  /** GOSPA between truth positions ({@code tx}, {@code ty}) and track positions. */
  public GospaScore score(
      double[] tx, double[] ty, int nTruth, double[] kx, double[] ky, int nTrack) {
    // Pairs closer than c, as adjacency lists.
    List<List<int[]>> adj = new ArrayList<>();
    for (int i = 0; i < nTruth + nTrack; i++) {
      adj.add(new ArrayList<>());
    }
    PointBuckets trackBuckets = new PointBuckets(kx, ky, nTrack, c);
    for (int i = 0; i < nTruth; i++) {
      for (int j : trackBuckets.near(tx[i], ty[i])) {
        if (Math.hypot(tx[i] - kx[j], ty[i] - ky[j]) < c) {
          adj.get(i).add(new int[] {nTruth + j});
          adj.get(nTruth + j).add(new int[] {i});
        }
      }
    }
    double cp = Math.pow(c, p);
    double localisation = 0;
    int assigned = 0;
    boolean[] seen = new boolean[nTruth + nTrack];
    int[] localIndex = new int[nTruth + nTrack];
    for (int s = 0; s < nTruth; s++) {
      if (seen[s] || adj.get(s).isEmpty()) {
        continue;
      }
      // Breadth-first: the cluster of s.
      List<Integer> truths = new ArrayList<>();
      List<Integer> tracks = new ArrayList<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      seen[s] = true;
      while (!queue.isEmpty()) {
        int v = queue.poll();
        if (v < nTruth) {
          localIndex[v] = truths.size();
          truths.add(v);
        } else {
          localIndex[v] = tracks.size();
          tracks.add(v - nTruth);
        }
        for (int[] w : adj.get(v)) {
          if (!seen[w[0]]) {
            seen[w[0]] = true;
            queue.add(w[0]);
          }
        }
      }
      // Rows: truths; columns: tracks then one "unassigned" column per truth (cost 0).
      int rows = truths.size();
      int cols = tracks.size() + rows;
      double[] m = new double[rows * cols];
      Arrays.fill(m, 0.0);
      for (int r = 0; r < rows; r++) {
        int i = truths.get(r);
        for (int[] w : adj.get(i)) {
          int j = w[0] - nTruth;
          double d = Math.hypot(tx[i] - kx[j], ty[i] - ky[j]);
          m[r * cols + localIndex[w[0]]] = Math.pow(d, p) - 2 * cp / alpha;
        }
      }
      int[] match = MinCostMatching.solve(m, rows, cols);
      for (int r = 0; r < rows; r++) {
        int col = match[r];
        if (col < tracks.size() && m[r * cols + col] < 0) {
          int i = truths.get(r);
          int j = tracks.get(col);
          localisation += Math.pow(Math.hypot(tx[i] - kx[j], ty[i] - ky[j]), p);
          assigned++;
        }
      }
    }
    int missedCount = nTruth - assigned;
    int falseCount = nTrack - assigned;
    double missed = cp / alpha * missedCount;
    double falses = cp / alpha * falseCount;
    double total = Math.pow(localisation + missed + falses, 1 / p);
    return new GospaScore(total, localisation, missed, falses, assigned, missedCount, falseCount);
  }
}
