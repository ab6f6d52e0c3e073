package org.sargas.track.filter;

import java.util.Arrays;

/**
 * One track's recent filtered history for a {@link FixedLagSmoother}: per update, the filtered
 * estimate, the prediction into it from the update before, the smoother gain to the update after
 * and the smoothed estimate, plus the newest update's full filter state (to predict the next step).
 * Oldest first; owned by one track, mutable, filled and emptied only by the smoother.
 *
 * @param <L> what the owner attaches to each update (e.g. its event time as an instant)
 */
public final class SmoothingWindow<L> {
  final int n;
  final FilterState latest;
  private Entry<L>[] ring;
  private int head;
  private int size;

  /** One update of the window. */
  static final class Entry<L> {
    double timeS;
    final double[] xFiltered;
    final double[] pFiltered;
    final double[] xPredicted;
    final double[] pPredicted;
    final double[] gain;
    final double[] xSmoothed;
    final double[] pSmoothed;
    L label;

    Entry(int n) {
      xFiltered = new double[n];
      pFiltered = new double[n * n];
      xPredicted = new double[n];
      pPredicted = new double[n * n];
      gain = new double[n * n];
      xSmoothed = new double[n];
      pSmoothed = new double[n * n];
    }
  }

  /** An empty window for states of {@code dimension} components and {@code modeCount} modes. */
  @SuppressWarnings("unchecked")
  SmoothingWindow(int dimension, int modeCount) {
    this.n = dimension;
    this.latest = new FilterState(dimension, modeCount);
    this.ring = new Entry[8];
  }

  /** Number of updates held. */
  public int size() {
    return size;
  }

  /** The {@code i}-th update, 0 the oldest. */
  Entry<L> entry(int i) {
    return ring[(head + i) % ring.length];
  }

  Entry<L> newest() {
    return entry(size - 1);
  }

  /** Appends a slot (recycled when possible) and returns it. */
  Entry<L> append() {
    if (size == ring.length) {
      Entry<L>[] grown = Arrays.copyOf(ring, 2 * ring.length);
      for (int i = 0; i < size; i++) {
        grown[i] = entry(i);
      }
      for (int i = size; i < grown.length; i++) {
        grown[i] = null;
      }
      ring = grown;
      head = 0;
    }
    int slot = (head + size) % ring.length;
    if (ring[slot] == null) {
      ring[slot] = new Entry<>(n);
    }
    size++;
    return ring[slot];
  }

  /** Forgets the {@code count} oldest updates. */
  void dropOldest(int count) {
    for (int i = 0; i < count; i++) {
      ring[head].label = null;
      head = (head + 1) % ring.length;
    }
    size -= count;
    if (size == 0) {
      head = 0;
    }
  }
}
