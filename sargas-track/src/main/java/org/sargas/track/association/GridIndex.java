package org.sargas.track.association;

import java.util.Arrays;

/**
 * A uniform grid over points (detections) for the spatial pre-gate: {@link #query} returns the
 * points in the cells overlapping a box. Open-addressing hash of cell keys with per-cell chains,
 * all in primitive arrays; rebuilt per association problem in O(points). Not thread-safe.
 */
public final class GridIndex {
  private static final long EMPTY = Long.MIN_VALUE;

  private double cellM = 1000;
  private long[] keys = new long[64];
  private int[] heads = new int[64];
  private int[] next = new int[32];
  private int mask = 63;

  /** Indexes points {@code 0..count-1} at ({@code east[i]}, {@code north[i]}) in cells of {@code cellM} metres. */
  public void build(double[] east, double[] north, int count, double cellSizeM) {
    this.cellM = cellSizeM;
    int cap = Integer.highestOneBit(Math.max(16, count * 2) - 1) << 1;
    if (keys.length < cap) {
      keys = new long[cap];
      heads = new int[cap];
    }
    mask = cap - 1;
    Arrays.fill(keys, 0, cap, EMPTY);
    if (next.length < count) {
      next = new int[Math.max(count, 2 * next.length)];
    }
    for (int i = count - 1; i >= 0; i--) {
      long key = key(cell(east[i]), cell(north[i]));
      int slot = slotFor(key);
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        heads[slot] = -1;
      }
      next[i] = heads[slot];
      heads[slot] = i;
    }
  }

  /**
   * Writes into {@code out} (grown if needed; returned) the indices of points in cells
   * overlapping the box, and their number into {@code countOut[0]}. The caller checks the exact
   * distance.
   */
  public int[] query(
      double minEast, double minNorth, double maxEast, double maxNorth, int[] out, int[] countOut) {
    int n = 0;
    int c0 = cell(minEast);
    int c1 = cell(maxEast);
    int r0 = cell(minNorth);
    int r1 = cell(maxNorth);
    for (int cx = c0; cx <= c1; cx++) {
      for (int cy = r0; cy <= r1; cy++) {
        long key = key(cx, cy);
        int slot = find(key);
        if (slot < 0) {
          continue;
        }
        for (int i = heads[slot]; i >= 0; i = next[i]) {
          if (n == out.length) {
            out = Arrays.copyOf(out, 2 * n);
          }
          out[n++] = i;
        }
      }
    }
    countOut[0] = n;
    return out;
  }

  private int cell(double v) {
    return (int) Math.floor(v / cellM);
  }

  private static long key(int cx, int cy) {
    return ((long) cx << 32) ^ (cy & 0xffffffffL);
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private int slotFor(long key) {
    int s = hash(key) & mask;
    while (keys[s] != EMPTY && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private int find(long key) {
    int s = hash(key) & mask;
    while (keys[s] != EMPTY) {
      if (keys[s] == key) {
        return s;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }
}
