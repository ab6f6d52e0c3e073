package org.sargas.track.association;

import java.util.Arrays;

/**
 * Global nearest neighbour: per cluster, the assignment of detections to tracks of minimum total
 * cost, where a track may also stay unassigned at its miss cost. Single-track and
 * single-detection clusters are solved directly; larger ones with {@link AssignmentSolver} on the
 * cluster's rows (tracks) and columns (detections plus one private "miss" column per track).
 * Deterministic. Reuses its arrays; not thread-safe.
 */
public final class GlobalNearestNeighbourAssociator implements DataAssociator {
  /** Cost standing for "not gated": larger than any real cost, finite for the solver. */
  private static final double FORBIDDEN = 1e12;

  private final PairClusters clusters = new PairClusters();
  private final AssignmentSolver solver = new AssignmentSolver();
  private int[] localRow = new int[0];
  private int[] localCol = new int[0];
  private int[] rowTrack = new int[16];
  private int[] colDetection = new int[16];
  private int[] clusterPairs = new int[16];
  private int[] rowToCol = new int[16];
  private double[] matrix = new double[256];

  @Override
  public boolean isHard() {
    return true;
  }

  @Override
  public void associate(GatedPairs pairs, int trackCount, int detectionCount, double[] missCost) {
    if (localRow.length < trackCount) {
      localRow = new int[Math.max(trackCount, 2 * localRow.length)];
    }
    if (localCol.length < detectionCount) {
      localCol = new int[Math.max(detectionCount, 2 * localCol.length)];
    }
    Arrays.fill(localRow, 0, trackCount, -1);
    Arrays.fill(localCol, 0, detectionCount, -1);
    clusters.build(pairs, trackCount, detectionCount);
    for (int c = 0; c < clusters.count(); c++) {
      int rows = 0;
      int cols = 0;
      int np = 0;
      for (int k = clusters.firstPair(c); k >= 0; k = clusters.nextPair(k)) {
        pairs.setWeight(k, 0);
        int t = pairs.track(k);
        int d = pairs.detection(k);
        if (localRow[t] < 0) {
          rowTrack = grow(rowTrack, rows + 1);
          rowTrack[rows] = t;
          localRow[t] = rows++;
        }
        if (localCol[d] < 0) {
          colDetection = grow(colDetection, cols + 1);
          colDetection[cols] = d;
          localCol[d] = cols++;
        }
        clusterPairs = grow(clusterPairs, np + 1);
        clusterPairs[np++] = k;
      }
      if (np == 1) {
        int k = clusterPairs[0];
        if (pairs.cost(k) < missCost[pairs.track(k)]) {
          pairs.setWeight(k, 1);
        }
      } else if (rows == 1) {
        int best = -1;
        for (int i = 0; i < np; i++) {
          int k = clusterPairs[i];
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
          int k = clusterPairs[i];
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
      for (int r = 0; r < rows; r++) {
        localRow[rowTrack[r]] = -1;
      }
      for (int q = 0; q < cols; q++) {
        localCol[colDetection[q]] = -1;
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
      matrix[r * width + cols + r] = missCost[rowTrack[r]];
    }
    for (int i = 0; i < np; i++) {
      int k = clusterPairs[i];
      int r = localRow[pairs.track(k)];
      int q = localCol[pairs.detection(k)];
      matrix[r * width + q] = pairs.cost(k);
    }
    rowToCol = grow(rowToCol, rows);
    solver.solve(matrix, rows, width, rowToCol);
    for (int i = 0; i < np; i++) {
      int k = clusterPairs[i];
      int r = localRow[pairs.track(k)];
      if (rowToCol[r] == localCol[pairs.detection(k)]) {
        pairs.setWeight(k, 1);
      }
    }
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
  }
}
