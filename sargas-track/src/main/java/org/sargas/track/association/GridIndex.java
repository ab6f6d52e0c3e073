package org.sargas.track.association;

import java.util.Arrays;

/**
 * A uniform grid over points (detections) for the spatial pre-gate: {@link #query} returns the
 * points in the cells overlapping a box. When the occupied extent has few enough cells (at most
 * {@value #DENSE_CELLS_PER_POINT} per point, plus 4,096) the cells are a dense array indexed
 * directly; otherwise an open-addressing hash of cell keys. Per-cell chains live in primitive
 * arrays; rebuilt per association problem in O(points). Not thread-safe.
 */
public final class GridIndex {
  private static final long EMPTY = Long.MIN_VALUE;
  private static final int DENSE_CELLS_PER_POINT = 8;

  private double inverseCellM = 1e-3;
  private int[] next = new int[32];
  // Dense mode.
  private boolean dense;
  private int minCx;
  private int minCy;
  private int width;
  private int height;
  private int[] denseHeads = new int[0];
  // Hash mode.
  private long[] keys = new long[64];
  private int[] heads = new int[64];
  private int mask = 63;

  /**
   * Indexes points {@code 0..count-1} at ({@code east[i]}, {@code north[i]}) in cells of {@code
   * cellSizeM} metres.
   */
  public void build(double[] east, double[] north, int count, double cellSizeM) {
    this.inverseCellM = 1.0 / cellSizeM;
    if (next.length < count) {
      next = new int[Math.max(count, 2 * next.length)];
    }
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = Integer.MIN_VALUE;
    int y1 = Integer.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      int cx = cell(east[i]);
      int cy = cell(north[i]);
      x0 = Math.min(x0, cx);
      x1 = Math.max(x1, cx);
      y0 = Math.min(y0, cy);
      y1 = Math.max(y1, cy);
    }
    long cells = count == 0 ? 0 : ((long) x1 - x0 + 1) * ((long) y1 - y0 + 1);
    dense = count > 0 && cells <= (long) DENSE_CELLS_PER_POINT * count + 4096;
    if (dense) {
      minCx = x0;
      minCy = y0;
      width = x1 - x0 + 1;
      height = y1 - y0 + 1;
      int n = (int) cells;
      if (denseHeads.length < n) {
        denseHeads = new int[Math.max(n, denseHeads.length + denseHeads.length / 2)];
      }
      Arrays.fill(denseHeads, 0, n, -1);
      for (int i = count - 1; i >= 0; i--) {
        int c = (cell(north[i]) - minCy) * width + (cell(east[i]) - minCx);
        next[i] = denseHeads[c];
        denseHeads[c] = i;
      }
      return;
    }
    int cap = Integer.highestOneBit(Math.max(16, count * 2) - 1) << 1;
    if (keys.length < cap) {
      keys = new long[cap];
      heads = new int[cap];
    }
    mask = cap - 1;
    Arrays.fill(keys, 0, cap, EMPTY);
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
   * Writes into {@code out} (grown if needed; returned) the indices of points in cells overlapping
   * the box, and their number into {@code countOut[0]}. The caller checks the exact distance.
   */
  public int[] query(
      double minEast, double minNorth, double maxEast, double maxNorth, int[] out, int[] countOut) {
    int n = 0;
    int c0 = cell(minEast);
    int c1 = cell(maxEast);
    int r0 = cell(minNorth);
    int r1 = cell(maxNorth);
    if (dense) {
      c0 = Math.max(c0, minCx);
      c1 = Math.min(c1, minCx + width - 1);
      r0 = Math.max(r0, minCy);
      r1 = Math.min(r1, minCy + height - 1);
      for (int cy = r0; cy <= r1; cy++) {
        int row = (cy - minCy) * width - minCx;
        for (int cx = c0; cx <= c1; cx++) {
          for (int i = denseHeads[row + cx]; i >= 0; i = next[i]) {
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
    for (int cx = c0; cx <= c1; cx++) {
      for (int cy = r0; cy <= r1; cy++) {
        int slot = find(key(cx, cy));
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
    return (int) Math.floor(v * inverseCellM);
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
