package org.sargas.track.association;

import java.util.Arrays;

/**
 * Joint probabilistic data association (Fortmann, Bar-Shalom and Scheffe 1983) per cluster: the
 * weight of pair (track i, detection j) is the posterior probability, over all feasible joint
 * events (each detection to at most one track, each track at most one detection), that j came from
 * i. A joint event's likelihood is the product of its pairs' likelihood ratios {@code Pd · N(y; 0,
 * S) / λ} and of {@code 1 − Pd·Pg} for every track it leaves undetected.
 *
 * <p>Clusters whose joint events are too many to enumerate (more than {@code maxEvents}) fall back
 * to Fitzgerald's "cheap JPDA" approximation (1986). Deterministic. Reuses its arrays; not
 * thread-safe.
 */
public final class JointProbabilisticAssociator implements DataAssociator {
  private final double detectionProbability;
  private final double missLikelihood;
  private final double clutterDensity;
  private final long maxEvents;
  private final PairClusters clusters = new PairClusters();
  private int[] rowStart = new int[16];
  private int[] rowPairs = new int[16];
  private double[] ratio = new double[16];
  private double[] weightSum = new double[16];
  private boolean[] colUsed = new boolean[16];

  /**
   * @param detectionProbability Pd
   * @param gateProbability Pg, the probability a true detection falls inside the gate
   * @param clutterDensityPerM2 λ, false detections per m² (per scan)
   * @param maxEvents largest number of joint events enumerated exactly per cluster
   */
  public JointProbabilisticAssociator(
      double detectionProbability,
      double gateProbability,
      double clutterDensityPerM2,
      long maxEvents) {
    this.detectionProbability = detectionProbability;
    this.missLikelihood = 1 - detectionProbability * gateProbability;
    this.clutterDensity = clutterDensityPerM2;
    this.maxEvents = maxEvents;
  }

  @Override
  public boolean isHard() {
    return false;
  }

  @Override
  public void associate(GatedPairs pairs, int trackCount, int detectionCount, double[] missCost) {
    clusters.build(pairs, trackCount, detectionCount);
    for (int c = 0; c < clusters.count(); c++) {
      clusters.select(c, pairs);
      int rows = clusters.rows();
      int cols = clusters.cols();
      int np = clusters.pairCount();
      // Likelihood ratio of each pair; pairs grouped by row.
      if (ratio.length < np) {
        ratio = new double[Math.max(np, 2 * ratio.length)];
        weightSum = new double[ratio.length];
      }
      rowStart = grow(rowStart, rows + 1);
      rowPairs = grow(rowPairs, np);
      Arrays.fill(rowStart, 0, rows + 1, 0);
      for (int i = 0; i < np; i++) {
        rowStart[clusters.localRow(pairs.track(clusters.pair(i))) + 1]++;
      }
      for (int r = 0; r < rows; r++) {
        rowStart[r + 1] += rowStart[r];
      }
      int[] fill = Arrays.copyOf(rowStart, rows);
      for (int i = 0; i < np; i++) {
        int k = clusters.pair(i);
        int r = clusters.localRow(pairs.track(k));
        rowPairs[fill[r]++] = k;
      }
      long events = 1;
      for (int r = 0; r < rows && events <= maxEvents; r++) {
        events *= 1 + (rowStart[r + 1] - rowStart[r]);
      }
      if (events <= maxEvents) {
        exact(pairs, rows, cols);
      } else {
        cheap(pairs, rows, cols);
      }
    }
  }

  private double pairRatio(GatedPairs pairs, int k) {
    // cost = (d² + ln det S) / 2, so N(y; 0, S) = exp(-cost) / (2π) for 2-D measurements.
    return detectionProbability * Math.exp(-pairs.cost(k)) / (2 * Math.PI * clutterDensity);
  }

  private void exact(GatedPairs pairs, int rows, int cols) {
    colUsed = cols > colUsed.length ? new boolean[Math.max(cols, 2 * colUsed.length)] : colUsed;
    Arrays.fill(colUsed, 0, cols, false);
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        int k = rowPairs[i];
        ratio[i] = pairRatio(pairs, k);
        weightSum[i] = 0;
      }
    }
    double total = enumerate(pairs, 0, rows, 1.0);
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        pairs.setWeight(rowPairs[i], total > 0 ? weightSum[i] / total : 0.0);
      }
    }
  }

  /**
   * Sum of the likelihoods of all events of rows r.. given the product so far; accumulates pair
   * weights.
   */
  private double enumerate(GatedPairs pairs, int r, int rows, double product) {
    if (r == rows) {
      return product;
    }
    double sum = enumerate(pairs, r + 1, rows, product * missLikelihood);
    for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
      int col = clusters.localCol(pairs.detection(rowPairs[i]));
      if (colUsed[col]) {
        continue;
      }
      colUsed[col] = true;
      double s = enumerate(pairs, r + 1, rows, product * ratio[i]);
      colUsed[col] = false;
      weightSum[i] += s;
      sum += s;
    }
    return sum;
  }

  private void cheap(GatedPairs pairs, int rows, int cols) {
    double[] rowTotal = new double[rows];
    double[] colTotal = new double[cols];
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        int k = rowPairs[i];
        ratio[i] = pairRatio(pairs, k);
        rowTotal[r] += ratio[i];
        colTotal[clusters.localCol(pairs.detection(k))] += ratio[i];
      }
    }
    // Fitzgerald: β_ij = G_ij / (T_i + S_j − G_ij + B), B the miss likelihood; the miss weight is
    // what is left (a row whose weights exceed 1 is scaled down to 1).
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        int q = clusters.localCol(pairs.detection(rowPairs[i]));
        weightSum[i] = ratio[i] / (rowTotal[r] + colTotal[q] - ratio[i] + missLikelihood);
        sum += weightSum[i];
      }
      double scale = sum > 1 ? 1 / sum : 1;
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        pairs.setWeight(rowPairs[i], weightSum[i] * scale);
      }
    }
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
  }
}
