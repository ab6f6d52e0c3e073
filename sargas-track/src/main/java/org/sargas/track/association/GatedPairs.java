package org.sargas.track.association;

import java.util.Arrays;

/**
 * The pairs (track, detection) that passed the gate in one association problem, with their cost
 * (negative log-likelihood up to a constant, {@code (d² + ln det S) / 2}) and, after association,
 * their weight: 1 or 0 for global nearest neighbour, the association probability for JPDA. Track
 * and detection indices are local to the problem. Growable, reused across problems; not
 * thread-safe.
 */
public final class GatedPairs {
  private int size;
  private int[] track = new int[64];
  private int[] detection = new int[64];
  private double[] cost = new double[64];
  private double[] weight = new double[64];

  /** Removes all pairs. */
  public void clear() {
    size = 0;
  }

  /** Adds a pair; returns its index. */
  public int add(int trackIndex, int detectionIndex, double pairCost) {
    if (size == track.length) {
      int n = size * 2;
      track = Arrays.copyOf(track, n);
      detection = Arrays.copyOf(detection, n);
      cost = Arrays.copyOf(cost, n);
      weight = Arrays.copyOf(weight, n);
    }
    track[size] = trackIndex;
    detection[size] = detectionIndex;
    cost[size] = pairCost;
    weight[size] = 0;
    return size++;
  }

  /** Number of pairs. */
  public int size() {
    return size;
  }

  /** Track index of pair {@code i}. */
  public int track(int i) {
    return track[i];
  }

  /** Detection index of pair {@code i}. */
  public int detection(int i) {
    return detection[i];
  }

  /** Cost of pair {@code i}. */
  public double cost(int i) {
    return cost[i];
  }

  /** Weight of pair {@code i} (set by the associator). */
  public double weight(int i) {
    return weight[i];
  }

  /** Sets the weight of pair {@code i}. */
  public void setWeight(int i, double w) {
    weight[i] = w;
  }
}
