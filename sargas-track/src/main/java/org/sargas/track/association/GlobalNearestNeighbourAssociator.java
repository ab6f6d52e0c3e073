package org.sargas.track.association;

import java.util.Arrays;

/**
 * Global nearest neighbour: per cluster, the assignment of detections to tracks of minimum total
 * cost, where a track may also stay unassigned at its miss cost. Single-track and single-detection
 * clusters are solved directly; larger ones with {@link AssignmentSolver} on the cluster's rows
 * (tracks) and columns (detections plus one private "miss" column per track). Deterministic. Reuses
 * its arrays; not thread-safe.
 */
public final class GlobalNearestNeighbourAssociator implements DataAssociator {
  /** Cost standing for "not gated": larger than any real cost, finite for the solver. */
  private static final double FORBIDDEN = 1e12;

  private final PairClusters clusters = new PairClusters();
  private final AssignmentSolver solver = new AssignmentSolver();
  private int[] rowToCol = new int[16];
  private double[] matrix = new double[256];

  @Override
  public boolean isHard() {
    return true;
  }

  @Override
  public void associate(GatedPairs pairs, int trackCount, int detectionCount, double[] missCost) {
    clusters.build(pairs, trackCount, detectionCount);
    for (int c = 0; c < clusters.count(); c++) {
      clusters.select(c, pairs);
      int rows = clusters.rows();
      int cols = clusters.cols();
      int np = clusters.pairCount();
      for (int i = 0; i < np; i++) {
        pairs.setWeight(clusters.pair(i), 0);
      }
      if (np == 1) {
        int k = clusters.pair(0);
        if (pairs.cost(k) < missCost[pairs.track(k)]) {
          pairs.setWeight(k, 1);
        }
      } else if (rows == 1) {
        int best = -1;
        for (int i = 0; i < np; i++) {
          int k = clusters.pair(i);
          if (best < 0 || pairs.cost(k) < pairs.cost(best)) {
            best = k;
          }
        }
        if (pairs.cost(best) < missCost[pairs.track(best)]) {
          pairs.setWeight(best, 1);
        }
      } else if (cols == 1) {
        int best = -1;
        double bestGain = 0;
        for (int i = 0; i < np; i++) {
          int k = clusters.pair(i);
          double gain = pairs.cost(k) - missCost[pairs.track(k)];
          if (gain < bestGain) {
            bestGain = gain;
            best = k;
          }
        }
        if (best >= 0) {
          pairs.setWeight(best, 1);
        }
      } else {
        solveCluster(pairs, rows, cols, np, missCost);
      }
    }
  }

  private void solveCluster(GatedPairs pairs, int rows, int cols, int np, double[] missCost) {
    int width = cols + rows;
    int cells = rows * width;
    if (matrix.length < cells) {
      matrix = new double[Math.max(cells, 2 * matrix.length)];
    }
    Arrays.fill(matrix, 0, cells, FORBIDDEN);
    for (int r = 0; r < rows; r++) {
      matrix[r * width + cols + r] = missCost[clusters.rowTrack(r)];
    }
    for (int i = 0; i < np; i++) {
      int k = clusters.pair(i);
      int r = clusters.localRow(pairs.track(k));
      int q = clusters.localCol(pairs.detection(k));
      matrix[r * width + q] = pairs.cost(k);
    }
    rowToCol = grow(rowToCol, rows);
    solver.solve(matrix, rows, width, rowToCol);
    for (int i = 0; i < np; i++) {
      int k = clusters.pair(i);
      int r = clusters.localRow(pairs.track(k));
      if (rowToCol[r] == clusters.localCol(pairs.detection(k))) {
        pairs.setWeight(k, 1);
      }
    }
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
  }
}
