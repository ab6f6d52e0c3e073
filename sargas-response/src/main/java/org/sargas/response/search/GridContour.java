package org.sargas.response.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * The outline of a set of grid cells as closed rings along cell edges: every edge between a cell in
 * the set and one outside is a boundary edge, directed so that the set lies on its left; the edges
 * are chained into rings, at a corner touched by two diagonal cells turning left so that cells
 * meeting only at a corner stay separate polygons. Outer rings therefore run counter-clockwise and
 * holes clockwise (RFC 7946 orientation). Collinear vertices are dropped. Exact: the rings enclose
 * exactly the cells of the set.
 */
final class GridContour {
  private GridContour() {}

  // Directions: 0 east (+column), 1 north (+row), 2 west, 3 south.
  private static final int[] DC = {1, 0, -1, 0};
  private static final int[] DR = {0, 1, 0, -1};

  /**
   * @param grid the grid (for corner positions)
   * @param mask row-major set of cells
   * @return rings of corner positions, each closed (first = last)
   */
  static List<List<GeoPoint>> rings(ProbabilityGrid grid, boolean[] mask) {
    int cols = grid.columns();
    int rows = grid.rows();
    int vc = cols + 1;
    int nv = vc * (rows + 1);
    // Up to two outgoing boundary edges per corner, by direction; -1 = none.
    int[] out1 = new int[nv];
    int[] out2 = new int[nv];
    Arrays.fill(out1, -1);
    Arrays.fill(out2, -1);
    int edges = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (!mask[r * cols + c]) {
          continue;
        }
        if (!in(mask, cols, rows, c, r - 1)) {
          edges += addEdge(out1, out2, r * vc + c, 0); // bottom, eastwards
        }
        if (!in(mask, cols, rows, c + 1, r)) {
          edges += addEdge(out1, out2, r * vc + c + 1, 1); // right, northwards
        }
        if (!in(mask, cols, rows, c, r + 1)) {
          edges += addEdge(out1, out2, (r + 1) * vc + c + 1, 2); // top, westwards
        }
        if (!in(mask, cols, rows, c - 1, r)) {
          edges += addEdge(out1, out2, (r + 1) * vc + c, 3); // left, southwards
        }
      }
    }
    List<List<GeoPoint>> rings = new ArrayList<>();
    for (int start = 0; start < nv && edges > 0; start++) {
      while (out1[start] >= 0) {
        List<int[]> corners = new ArrayList<>();
        int v = start;
        int dir = take(out1, out2, v, -1);
        edges--;
        int firstDir = dir;
        while (true) {
          int c = v % vc;
          int r = v / vc;
          int nc = c + DC[dir];
          int nr = r + DR[dir];
          int w = nr * vc + nc;
          if (w == start && (out1[w] < 0 || canClose(firstDir, dir))) {
            if (dir != firstDir) {
              corners.add(new int[] {nc, nr});
            }
            break;
          }
          int next = take(out1, out2, w, dir);
          edges--;
          if (next != dir) {
            corners.add(new int[] {nc, nr});
          }
          v = w;
          dir = next;
        }
        if (corners.isEmpty()) {
          continue;
        }
        List<GeoPoint> ring = new ArrayList<>(corners.size() + 1);
        for (int[] k : corners) {
          ring.add(grid.corner(k[0], k[1]));
        }
        ring.add(ring.get(0));
        rings.add(List.copyOf(ring));
      }
    }
    return List.copyOf(rings);
  }

  /**
   * Back at the start corner with another edge still leaving it (two diagonal cells meet there):
   * the ring closes when the first edge is the left turn from the incoming direction; otherwise it
   * passes through the corner on the other edge.
   */
  private static boolean canClose(int firstDir, int dir) {
    return (dir + 1) % 4 == firstDir;
  }

  private static boolean in(boolean[] mask, int cols, int rows, int c, int r) {
    return c >= 0 && r >= 0 && c < cols && r < rows && mask[r * cols + c];
  }

  private static int addEdge(int[] out1, int[] out2, int v, int dir) {
    if (out1[v] < 0) {
      out1[v] = dir;
    } else {
      out2[v] = dir;
    }
    return 1;
  }

  /**
   * Removes and returns an outgoing edge of corner {@code v}: the only one, or, at a corner with
   * two, the one turning left from the incoming direction {@code in} (−1 at the start: the first).
   */
  private static int take(int[] out1, int[] out2, int v, int in) {
    int a = out1[v];
    int b = out2[v];
    int chosen;
    if (b < 0 || in < 0) {
      chosen = a;
    } else {
      chosen = (a == (in + 1) % 4) ? a : b;
    }
    if (chosen == a) {
      out1[v] = b;
      out2[v] = -1;
    } else {
      out2[v] = -1;
    }
    return chosen;
  }
}
