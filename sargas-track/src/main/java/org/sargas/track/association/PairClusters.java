package org.sargas.track.association;

import java.util.Arrays;

/**
 * Splits gated pairs into clusters: connected components of the bipartite graph of tracks and
 * detections joined by pairs (union–find with path halving). Clusters are independent
 * association problems. Reuses its arrays; not thread-safe.
 */
public final class PairClusters {
  private int[] parent = new int[0];
  private int[] head = new int[0];
  private int[] next = new int[0];
  private int[] roots = new int[0];
  private int rootCount;

  /** Builds the clusters of {@code pairs}. */
  public void build(GatedPairs pairs, int trackCount, int detectionCount) {
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
