package org.sargas.track.association;

import java.util.Arrays;

/**
 * Splits gated pairs into clusters: connected components of the bipartite graph of tracks and
 * detections joined by pairs (union–find with path halving). Clusters are independent association
 * problems. Reuses its arrays; not thread-safe.
 */
public final class PairClusters {
  private int[] parent = new int[0];
  private int[] head = new int[0];
  private int[] next = new int[0];
  private int[] roots = new int[0];
  private int rootCount;
  // The selected cluster: local rows (tracks), columns (detections) and pairs.
  private int[] localRow = new int[0];
  private int[] localCol = new int[0];
  private int[] rowTrack = new int[16];
  private int[] colDetection = new int[16];
  private int[] selectedPairs = new int[16];
  private int rows;
  private int cols;
  private int pairCount;

  /** Builds the clusters of {@code pairs}. */
  public void build(GatedPairs pairs, int trackCount, int detectionCount) {
    if (localRow.length < trackCount) {
      localRow = new int[Math.max(trackCount, 2 * localRow.length)];
    }
    if (localCol.length < detectionCount) {
      localCol = new int[Math.max(detectionCount, 2 * localCol.length)];
    }
    Arrays.fill(localRow, 0, trackCount, -1);
    Arrays.fill(localCol, 0, detectionCount, -1);
    rows = 0;
    cols = 0;
    pairCount = 0;
    int nodes = trackCount + detectionCount;
    if (parent.length < nodes) {
      parent = new int[nodes];
      head = new int[nodes];
      roots = new int[nodes];
    }
    if (next.length < pairs.size()) {
      next = new int[Math.max(pairs.size(), 2 * next.length)];
    }
    for (int i = 0; i < nodes; i++) {
      parent[i] = i;
    }
    Arrays.fill(head, 0, nodes, -1);
    for (int k = 0; k < pairs.size(); k++) {
      union(pairs.track(k), trackCount + pairs.detection(k));
    }
    rootCount = 0;
    // Insert in reverse so each cluster lists its pairs in ascending pair order.
    for (int k = pairs.size() - 1; k >= 0; k--) {
      int r = find(pairs.track(k));
      if (head[r] < 0) {
        roots[rootCount++] = r;
      }
      next[k] = head[r];
      head[r] = k;
    }
    Arrays.sort(roots, 0, rootCount);
  }

  /** Number of clusters that hold at least one pair. */
  public int count() {
    return rootCount;
  }

  /** First pair of cluster {@code c} (then follow {@link #nextPair}); -1 when none. */
  public int firstPair(int c) {
    return head[roots[c]];
  }

  /** The pair after {@code k} in its cluster, or -1. */
  public int nextPair(int k) {
    return next[k];
  }

  /**
   * Selects cluster {@code c}: numbers its tracks (rows) and detections (columns) locally, in pair
   * order, and lists its pairs. Valid until the next call.
   */
  public void select(int c, GatedPairs pairs) {
    for (int r = 0; r < rows; r++) {
      localRow[rowTrack[r]] = -1;
    }
    for (int q = 0; q < cols; q++) {
      localCol[colDetection[q]] = -1;
    }
    rows = 0;
    cols = 0;
    pairCount = 0;
    for (int k = firstPair(c); k >= 0; k = nextPair(k)) {
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
      selectedPairs = grow(selectedPairs, pairCount + 1);
      selectedPairs[pairCount++] = k;
    }
  }

  /** Tracks in the selected cluster. */
  public int rows() {
    return rows;
  }

  /** Detections in the selected cluster. */
  public int cols() {
    return cols;
  }

  /** Pairs in the selected cluster. */
  public int pairCount() {
    return pairCount;
  }

  /** The {@code i}-th pair of the selected cluster (ascending pair order). */
  public int pair(int i) {
    return selectedPairs[i];
  }

  /** The track of local row {@code r}. */
  public int rowTrack(int r) {
    return rowTrack[r];
  }

  /** Local row of {@code track} in the selected cluster. */
  public int localRow(int track) {
    return localRow[track];
  }

  /** Local column of {@code detection} in the selected cluster. */
  public int localCol(int detection) {
    return localCol[detection];
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
  }

  private int find(int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
