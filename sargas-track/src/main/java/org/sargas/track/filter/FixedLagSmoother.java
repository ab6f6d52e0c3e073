package org.sargas.track.filter;

import java.util.Arrays;

/**
 * Fixed-lag Rauch–Tung–Striebel smoother (Rauch, Tung and Striebel 1965; Bar-Shalom, Li,
 * Kirubarajan 2001, §8.6) over a {@link TrackFilter}'s estimates. Each filtered update of a track
 * is recorded into its {@link SmoothingWindow}; once the newest update is {@code lagS} later than
 * an update, that update is smoothed backwards through every newer one,
 *
 * <pre>
 * C_k   = D_k P'_(k+1)^-1        (D_k = Cov(x_k, x_(k+1)) from the filter's prediction)
 * x^s_k = x_k + C_k (x^s_(k+1) − x'_(k+1))
 * P^s_k = P_k + C_k (P^s_(k+1) − P'_(k+1)) C_k^T
 * </pre>
 *
 * (x', P' the prediction into k+1), handed to the sink once and forgotten. Updates go in batches
 * (each at least {@code lagS} old, the oldest at most 1.5 × {@code lagS}) so that one backward pass
 * serves several. For a multiple-model filter the recursion runs on the moment-matched (combined)
 * estimates with the moment-matched cross-covariance ({@link
 * TrackFilter#predictWithCrossCovariance}): see docs/decisions/0802-smoothed-measurement.md for why
 * not a full IMM smoother.
 *
 * <p>Not thread-safe (scratch space): one smoother per tracker; a window must only be used with the
 * smoother (filter) that created it.
 */
public final class FixedLagSmoother {
  /** Receives smoothed estimates, oldest first. */
  @FunctionalInterface
  public interface Sink<L> {
    /**
     * @param label what was recorded with the update
     * @param smoothed the smoothed estimate at the update's time (scratch: copy what is kept)
     */
    void accept(L label, GaussianState smoothed);
  }

  /**
   * Updates are emitted in batches: once the oldest is {@code (1 + BATCH_FRACTION) × lag} old,
   * every update at least the lag old goes, so one backward pass (O(window)) serves a batch.
   */
  private static final double BATCH_FRACTION = 0.5;

  private final TrackFilter filter;
  private final double lagS;
  private final int maxUpdates;
  private final int n;
  private final FilterState predicted;
  private final double[] cross;
  private final double[] inverse;
  private final double[] scratch;
  private final double[] difference;
  private final double[] product;
  private final GaussianState out;

  /**
   * @param filter the filter whose estimates are smoothed
   * @param lagS an update is smoothed and emitted once the window holds an update this much later,
   *     s (positive)
   * @param maxUpdates the window never holds more updates than this: older ones are emitted with
   *     the data there is
   */
  public FixedLagSmoother(TrackFilter filter, double lagS, int maxUpdates) {
    if (!(lagS > 0) || maxUpdates < 2) {
      throw new IllegalArgumentException("need lagS > 0 and maxUpdates >= 2");
    }
    this.filter = filter;
    this.lagS = lagS;
    this.maxUpdates = maxUpdates;
    this.n = filter.dimension();
    this.predicted = filter.newState();
    this.cross = new double[n * n];
    this.inverse = new double[n * n];
    this.scratch = new double[n * n + n];
    this.difference = new double[n * n];
    this.product = new double[n * n];
    this.out = new GaussianState(n);
  }

  /** The smoothing lag, s. */
  public double lagS() {
    return lagS;
  }

  /** A new, empty window for one track of this smoother's filter. */
  public <L> SmoothingWindow<L> newWindow() {
    return new SmoothingWindow<>(n, predicted.modes.length);
  }

  /**
   * Records the filtered estimate {@code posterior} (the track's state just after an update, at its
   * time) with {@code label}. A second estimate at the newest update's time replaces it (two plots
   * at one time); an earlier one is ignored.
   *
   * @return whether it was recorded
   */
  public <L> boolean record(SmoothingWindow<L> w, FilterState posterior, L label) {
    double t = posterior.timeS();
    SmoothingWindow.Entry<L> e;
    if (w.size() > 0) {
      SmoothingWindow.Entry<L> newest = w.newest();
      if (t < newest.timeS) {
        return false;
      }
      if (t == newest.timeS) {
        e = newest;
      } else {
        filter.predictWithCrossCovariance(w.latest, t, predicted, cross);
        if (SmallMatrix.invertSpdByCholesky(predicted.combined.p, inverse, scratch, n)) {
          SmallMatrix.multiply(cross, inverse, newest.gain, n, n, n);
        } else {
          Arrays.fill(newest.gain, 0.0); // no information flows back over this step
        }
        e = w.append();
        System.arraycopy(predicted.combined.x, 0, e.xPredicted, 0, n);
        System.arraycopy(predicted.combined.p, 0, e.pPredicted, 0, n * n);
      }
    } else {
      e = w.append();
    }
    e.timeS = t;
    e.label = label;
    System.arraycopy(posterior.combined.x, 0, e.xFiltered, 0, n);
    System.arraycopy(posterior.combined.p, 0, e.pFiltered, 0, n * n);
    w.latest.setTo(posterior);
    return true;
  }

  /**
   * Smooths and emits, oldest first, the updates that are at least the lag older than the newest
   * (or beyond the window's capacity), and forgets them; waits until the oldest is half a lag more
   * than that, so that one backward pass serves a batch.
   *
   * @return how many were emitted
   */
  public <L> int emitDue(SmoothingWindow<L> w, Sink<L> sink) {
    int size = w.size();
    if (size == 0) {
      return 0;
    }
    double limit = w.newest().timeS - lagS;
    if (w.entry(0).timeS > limit - BATCH_FRACTION * lagS && size <= maxUpdates) {
      return 0; // wait until a batch is due: one backward pass then serves several updates
    }
    int due = 0;
    while (due < size - 1 && (w.entry(due).timeS <= limit || size - due > maxUpdates)) {
      due++;
    }
    return emit(w, due, sink);
  }

  /** Smooths every update of the window with all the data there is, emits them and empties it. */
  public <L> int flush(SmoothingWindow<L> w, Sink<L> sink) {
    return emit(w, w.size(), sink);
  }

  private <L> int emit(SmoothingWindow<L> w, int count, Sink<L> sink) {
    if (count == 0) {
      return 0;
    }
    smoothBackwards(w);
    for (int i = 0; i < count; i++) {
      SmoothingWindow.Entry<L> e = w.entry(i);
      System.arraycopy(e.xSmoothed, 0, out.x, 0, n);
      System.arraycopy(e.pSmoothed, 0, out.p, 0, n * n);
      out.timeS = e.timeS;
      sink.accept(e.label, out);
    }
    w.dropOldest(count);
    return count;
  }

  /** The RTS recursion from the newest update down to the oldest. */
  private <L> void smoothBackwards(SmoothingWindow<L> w) {
    int size = w.size();
    SmoothingWindow.Entry<L> next = w.newest();
    System.arraycopy(next.xFiltered, 0, next.xSmoothed, 0, n);
    System.arraycopy(next.pFiltered, 0, next.pSmoothed, 0, n * n);
    for (int k = size - 2; k >= 0; k--) {
      SmoothingWindow.Entry<L> e = w.entry(k);
      if (n == 5) {
        smoothStep5(e, next);
        next = e;
        continue;
      }
      double[] c = e.gain;
      for (int r = 0; r < n; r++) {
        double s = e.xFiltered[r];
        for (int j = 0; j < n; j++) {
          s += c[r * n + j] * (next.xSmoothed[j] - next.xPredicted[j]);
        }
        e.xSmoothed[r] = s;
      }
      // P^s = P + C (P^s' − P') C^T, dense and symmetric: T = C Δ, then the upper triangle of T
      // C^T.
      for (int i = 0; i < n * n; i++) {
        difference[i] = next.pSmoothed[i] - next.pPredicted[i];
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double t = 0;
          for (int l = 0; l < n; l++) {
            t += c[i * n + l] * difference[l * n + j];
          }
          product[i * n + j] = t;
        }
      }
      double[] ps = e.pSmoothed;
      double[] pf = e.pFiltered;
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          double t = 0;
          for (int l = 0; l < n; l++) {
            t += product[i * n + l] * c[j * n + l];
          }
          double v = 0.5 * (pf[i * n + j] + pf[j * n + i]) + t;
          ps[i * n + j] = v;
          ps[j * n + i] = v;
        }
      }
      next = e;
    }
  }

  /**
   * One step of {@link #smoothBackwards} for 5 components (the IMM's state), with the inner sums
   * written out: the same terms added in the same order, so the same result to the bit.
   */
  private <L> void smoothStep5(SmoothingWindow.Entry<L> e, SmoothingWindow.Entry<L> next) {
    double[] c = e.gain;
    double dx0 = next.xSmoothed[0] - next.xPredicted[0];
    double dx1 = next.xSmoothed[1] - next.xPredicted[1];
    double dx2 = next.xSmoothed[2] - next.xPredicted[2];
    double dx3 = next.xSmoothed[3] - next.xPredicted[3];
    double dx4 = next.xSmoothed[4] - next.xPredicted[4];
    for (int r = 0; r < 5; r++) {
      int row = 5 * r;
      e.xSmoothed[r] =
          e.xFiltered[r]
              + c[row] * dx0
              + c[row + 1] * dx1
              + c[row + 2] * dx2
              + c[row + 3] * dx3
              + c[row + 4] * dx4;
    }
    double[] d = difference;
    for (int i = 0; i < 25; i++) {
      d[i] = next.pSmoothed[i] - next.pPredicted[i];
    }
    double[] t = product;
    for (int row = 0; row < 25; row += 5) {
      double c0 = c[row];
      double c1 = c[row + 1];
      double c2 = c[row + 2];
      double c3 = c[row + 3];
      double c4 = c[row + 4];
      for (int j = 0; j < 5; j++) {
        t[row + j] =
            0.0 + c0 * d[j] + c1 * d[5 + j] + c2 * d[10 + j] + c3 * d[15 + j] + c4 * d[20 + j];
      }
    }
    double[] ps = e.pSmoothed;
    double[] pf = e.pFiltered;
    for (int i = 0; i < 5; i++) {
      int ri = 5 * i;
      double t0 = t[ri];
      double t1 = t[ri + 1];
      double t2 = t[ri + 2];
      double t3 = t[ri + 3];
      double t4 = t[ri + 4];
      for (int j = i; j < 5; j++) {
        int rj = 5 * j;
        double sum =
            0.0 + t0 * c[rj] + t1 * c[rj + 1] + t2 * c[rj + 2] + t3 * c[rj + 3] + t4 * c[rj + 4];
        double v = 0.5 * (pf[ri + j] + pf[rj + i]) + sum;
        ps[ri + j] = v;
        ps[rj + i] = v;
      }
    }
  }
}
