package org.sargas.sim.eval;

import java.util.Arrays;

/**
 * Exact minimum-cost matching of every row of a dense cost matrix ({@code rows <= cols}) to a
 * distinct column: the Hungarian method in its shortest-augmenting-path form, with row and column
 * potentials (Kuhn 1955; Munkres 1957; Edmonds and Karp 1972). O(rows² · cols). Written
 * independently of the tracker's solver so that evaluation shares no code with the system under
 * test. Stateless.
 */
public final class MinCostMatching {
  private MinCostMatching() {}

  /**
   * @param cost row-major {@code rows x cols}, finite
   * @return for each row, its column
   */
  public static int[] solve(double[] cost, int rows, int cols) {
    if (rows > cols) {
      throw new IllegalArgumentException("more rows than columns: " + rows + " > " + cols);
    }
    double[] rowPot = new double[rows];
    double[] colPot = new double[cols];
    int[] colOwner = new int[cols];
    Arrays.fill(colOwner, -1);
    int[] rowCol = new int[rows];
    Arrays.fill(rowCol, -1);
    double[] dist = new double[cols];
    int[] prevCol = new int[cols];
    boolean[] done = new boolean[cols];
    for (int start = 0; start < rows; start++) {
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(done, false);
      Arrays.fill(prevCol, -1);
      int row = start;
      int fromCol = -1;
      double base = 0;
      int freeCol;
      while (true) {
        // Relax the edges of the row just reached.
        for (int c = 0; c < cols; c++) {
          if (done[c]) {
            continue;
          }
          double reduced = base + cost[row * cols + c] - rowPot[row] - colPot[c];
          if (reduced < dist[c]) {
            dist[c] = reduced;
            prevCol[c] = fromCol;
          }
        }
        int next = -1;
        for (int c = 0; c < cols; c++) {
          if (!done[c] && (next < 0 || dist[c] < dist[next])) {
            next = c;
          }
        }
        done[next] = true;
        base = dist[next];
        if (colOwner[next] < 0) {
          freeCol = next;
          break;
        }
        row = colOwner[next];
        fromCol = next;
      }
      // Update potentials along the tree, then flip the augmenting path.
      for (int c = 0; c < cols; c++) {
        if (done[c] && c != freeCol) {
          int r = colOwner[c];
          rowPot[r] += base - dist[c];
          colPot[c] -= base - dist[c];
        }
      }
      rowPot[start] += base;
      int c = freeCol;
      while (c >= 0) {
        int p = prevCol[c];
        int r = p < 0 ? start : colOwner[p];
        colOwner[c] = r;
        rowCol[r] = c;
        c = p;
      }
    }
    return rowCol;
  }
}
