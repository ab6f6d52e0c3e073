package org.sargas.sim.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points bucketed in square cells of a given size, so that all points within that distance of a
 * location are found by looking at the 3 x 3 cells around it. For the metrics' neighbour searches
 * at thousands of objects per scan. Immutable after construction.
 */
final class PointBuckets {
  private final double cellM;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  /** Buckets points {@code 0..n-1}. */
  PointBuckets(double[] x, double[] y, int n, double cellM) {
    this.cellM = cellM;
    for (int i = 0; i < n; i++) {
      cells.computeIfAbsent(key(cell(x[i]), cell(y[i])), k -> new ArrayList<>()).add(i);
    }
  }

  /**
   * Indices of the points that may lie within {@code cellM} of (x, y), in ascending order per cell.
   */
  List<Integer> near(double x, double y) {
    List<Integer> out = new ArrayList<>();
    long cx = cell(x);
    long cy = cell(y);
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        List<Integer> c = cells.get(key(cx + dx, cy + dy));
        if (c != null) {
          out.addAll(c);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private long cell(double v) {
    return (long) Math.floor(v / cellM);
  }

  private static long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }
}
