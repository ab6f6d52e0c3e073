package org.sargas.track.association;

import java.util.Arrays;

/**
 * Optimal rectangular assignment (rows ≤ columns, every row assigned, minimum total cost) by
 * successive shortest augmenting paths with dual potentials — the Jonker–Volgenant augmentation
 * without its initialisation heuristics, O(rows² · columns). Deterministic: ties break towards
 * lower column indices. Reuses its arrays; not thread-safe.
 */
public final class AssignmentSolver {
  private double[] u = new double[0];
  private double[] v = new double[0];
  private double[] minv = new double[0];
  private int[] p = new int[0];
  private int[] way = new int[0];
  private boolean[] usedCol = new boolean[0];

  /**
   * Solves the assignment for {@code cost} (row-major, {@code rows x cols}, finite values).
   *
   * @param rowToCol receives for each row its assigned column
   * @return the total cost
   */
  public double solve(double[] cost, int rows, int cols, int[] rowToCol) {
    if (rows > cols) {
      throw new IllegalArgumentException("rows " + rows + " > cols " + cols);
    }
    ensure(rows, cols);
    Arrays.fill(u, 0, rows + 1, 0.0);
    Arrays.fill(v, 0, cols + 1, 0.0);
    Arrays.fill(p, 0, cols + 1, 0);
    Arrays.fill(way, 0, cols + 1, 0);
    for (int i = 1; i <= rows; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, 0, cols + 1, Double.POSITIVE_INFINITY);
      Arrays.fill(usedCol, 0, cols + 1, false);
      do {
        usedCol[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= cols; j++) {
          if (!usedCol[j]) {
            double cur = cost[(i0 - 1) * cols + (j - 1)] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= cols; j++) {
          if (usedCol[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= cols; j++) {
      if (p[j] != 0) {
        rowToCol[p[j] - 1] = j - 1;
        total += cost[(p[j] - 1) * cols + (j - 1)];
      }
    }
    return total;
  }

  private void ensure(int rows, int cols) {
    if (u.length < rows + 1) {
      u = new double[rows + 1];
    }
    if (v.length < cols + 1) {
      v = new double[cols + 1];
      minv = new double[cols + 1];
      p = new int[cols + 1];
      way = new int[cols + 1];
      usedCol = new boolean[cols + 1];
    }
  }
}
