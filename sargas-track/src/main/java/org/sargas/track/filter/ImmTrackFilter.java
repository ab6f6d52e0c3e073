package org.sargas.track.filter;

import java.util.Arrays;
import org.sargas.track.measurement.Detection;

/**
 * Interacting multiple model filter (Blom and Bar-Shalom 1988; Bar-Shalom, Li, Kirubarajan 2001,
 * §11.6): per step, mix the mode estimates through the Markov mode-transition probabilities,
 * predict each mode with its own model, update each with the detection, reweigh the modes by their
 * likelihoods and combine by moment matching.
 *
 * <p>Mode switching is continuous-time: mode {@code i} is left at rate {@code 1/sojourn_i}, so over
 * {@code dt} it stays with probability {@code exp(-dt/sojourn_i)} and the rest goes uniformly to
 * the other modes. All models share one state layout.
 */
public final class ImmTrackFilter implements TrackFilter {
  private final Predictor[] predictors;
  private final TransitionModel[] models;
  private final Updater updater;
  private final double[] sojournS;
  private final double[] initialProbabilities;
  private final int m;
  private final int n;
  // Scratch.
  private final double[][] pi;
  private double piDt = Double.NaN;
  private final double[] c;
  private final GaussianState[] mixed;
  private final Innovation modeInn;
  private final double[] logLik;
  private Innovation[] inns = new Innovation[0];
  private final double[] jacobian;
  private final double[] product;

  /**
   * @param models the mode models, same dimension
   * @param sojournS mean time spent in each mode, s
   * @param initialProbabilities mode probabilities of a new track
   */
  public ImmTrackFilter(
      TransitionModel[] models, double[] sojournS, double[] initialProbabilities) {
    this(models, sojournS, initialProbabilities, new KalmanUpdater(models[0].dimension()));
  }

  /** As above, updating each mode with {@code updater} (e.g. unscented for bearings). */
  public ImmTrackFilter(
      TransitionModel[] models, double[] sojournS, double[] initialProbabilities, Updater updater) {
    this.m = models.length;
    this.n = models[0].dimension();
    this.predictors = new Predictor[m];
    this.models = models.clone();
    for (int i = 0; i < m; i++) {
      if (models[i].dimension() != n) {
        throw new IllegalArgumentException("models must share a dimension");
      }
      predictors[i] = new KalmanPredictor(models[i]);
    }
    this.updater = updater;
    this.sojournS = sojournS.clone();
    this.initialProbabilities = initialProbabilities.clone();
    this.pi = new double[m][m];
    this.c = new double[m];
    this.mixed = new GaussianState[m];
    for (int i = 0; i < m; i++) {
      mixed[i] = new GaussianState(n);
    }
    this.modeInn = new Innovation(n);
    this.logLik = new double[m];
    this.jacobian = new double[n * n];
    this.product = new double[n * n];
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public FilterState newState() {
    return new FilterState(n, m);
  }

  @Override
  public void initialise(FilterState s) {
    for (int j = 0; j < m; j++) {
      s.modes[j].setTo(s.combined);
      s.probabilities[j] = initialProbabilities[j];
    }
  }

  @Override
  public void predict(FilterState in, double timeS, FilterState out) {
    double dt = Math.abs(timeS - in.timeS());
    if (timeS == in.timeS()) {
      out.setTo(in);
      return;
    }
    if (dt != piDt) {
      for (int i = 0; i < m; i++) {
        double stay = Math.exp(-dt / sojournS[i]);
        for (int j = 0; j < m; j++) {
          pi[i][j] = i == j ? stay : (1 - stay) / (m - 1);
        }
      }
      piDt = dt;
    }
    for (int j = 0; j < m; j++) {
      double cj = 0;
      for (int i = 0; i < m; i++) {
        cj += pi[i][j] * in.probabilities[i];
      }
      c[j] = Math.max(cj, 1e-300);
    }
    // Mixed initial condition of each mode.
    for (int j = 0; j < m; j++) {
      GaussianState x0 = mixed[j];
      x0.timeS = in.timeS();
      if (m == 2) {
        mix2(pi[0][j] * in.probabilities[0] / c[j], in.modes[0], in.modes[1], x0);
      } else {
        Arrays.fill(x0.x, 0.0);
        Arrays.fill(x0.p, 0.0);
        for (int i = 0; i < m; i++) {
          double w = pi[i][j] * in.probabilities[i] / c[j];
          double[] xi = in.modes[i].x;
          for (int k = 0; k < n; k++) {
            x0.x[k] += w * xi[k];
          }
        }
        for (int i = 0; i < m; i++) {
          addMoment(pi[i][j] * in.probabilities[i] / c[j], in.modes[i], x0.x, x0.p);
        }
      }
      predictors[j].predict(x0, timeS, out.modes[j]);
      out.probabilities[j] = c[j];
    }
    combine(out);
  }

  /**
   * The joint of the states before and after the step, given the data so far, is a mixture over the
   * mode {@code j} the target is in after it: weight {@code c_j}, mean (mixed initial condition
   * {@code x0_j}, mode prediction {@code x_j}), cross-covariance {@code P0_j F_j^T}. Moment
   * matching gives {@code Σ c_j (P0_j F_j^T + (x0_j − x̄)(x_j − x̄')^T)}, x̄ and x̄' the combined
   * estimates before and after; exact for the IMM's Gaussian-mixture approximation.
   */
  @Override
  public void predictWithCrossCovariance(
      FilterState in, double timeS, FilterState out, double[] crossOut) {
    predict(in, timeS, out);
    if (timeS == in.timeS()) {
      System.arraycopy(in.combined.p, 0, crossOut, 0, n * n);
      return;
    }
    Arrays.fill(crossOut, 0.0);
    double dt = timeS - in.timeS();
    double[] before = in.combined.x;
    double[] after = out.combined.x;
    for (int j = 0; j < m; j++) {
      GaussianState x0 = mixed[j];
      double w = out.probabilities[j];
      models[j].jacobian(x0.x, dt, jacobian);
      SmallMatrix.multiplyTransB(x0.p, jacobian, product, n, n, n);
      double[] xj = out.modes[j].x;
      for (int r = 0; r < n; r++) {
        double dr = x0.x[r] - before[r];
        for (int k = 0; k < n; k++) {
          crossOut[r * n + k] += w * (product[r * n + k] + dr * (xj[k] - after[k]));
        }
      }
    }
  }

  @Override
  public double update(FilterState s, Detection d, Innovation inn) {
    double d2 = Double.NaN;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      double dj = updater.innovation(s.modes[j], d, modeInn);
      if (Double.isNaN(dj)) {
        logLik[j] = Double.NEGATIVE_INFINITY;
        continue;
      }
      d2 = Double.isNaN(d2) ? dj : Math.min(d2, dj);
      logLik[j] = -modeInn.negLogLikelihood();
      updater.update(s.modes[j], modeInn);
      max = Math.max(max, logLik[j]);
    }
    if (Double.isNaN(d2)) {
      return d2;
    }
    reweigh(s, max);
    combine(s);
    return d2;
  }

  @Override
  public void updateMixture(
      FilterState s, Detection[] ds, double[] betas, int count, double beta0) {
    inns = KalmanTrackFilter.ensure(inns, count, n);
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      double lik = 0;
      for (int i = 0; i < count; i++) {
        updater.innovation(s.modes[j], ds[i], inns[i]);
        lik += betas[i] * Math.exp(-inns[i].negLogLikelihood());
      }
      logLik[j] = lik > 0 ? Math.log(lik) : 0.0;
      updater.updateMixture(s.modes[j], inns, betas, count, beta0);
      max = Math.max(max, logLik[j]);
    }
    reweigh(s, max);
    combine(s);
  }

  private void reweigh(FilterState s, double maxLogLik) {
    double sum = 0;
    for (int j = 0; j < m; j++) {
      double w = s.probabilities[j] * Math.exp(logLik[j] - maxLogLik);
      s.probabilities[j] = w;
      sum += w;
    }
    double total = 0;
    for (int j = 0; j < m; j++) {
      s.probabilities[j] = sum > 0 ? Math.max(s.probabilities[j] / sum, 1e-6) : 1.0 / m;
      total += s.probabilities[j];
    }
    for (int j = 0; j < m; j++) {
      s.probabilities[j] /= total;
    }
  }

  /** Moment-matched combination of the modes into {@code s.combined}. */
  private void combine(FilterState s) {
    GaussianState out = s.combined;
    if (m == 2) {
      mix2(s.probabilities[0], s.modes[0], s.modes[1], out);
      out.timeS = s.modes[0].timeS;
      return;
    }
    Arrays.fill(out.x, 0.0);
    Arrays.fill(out.p, 0.0);
    out.timeS = s.modes[0].timeS;
    for (int j = 0; j < m; j++) {
      double w = s.probabilities[j];
      for (int k = 0; k < n; k++) {
        out.x[k] += w * s.modes[j].x[k];
      }
    }
    for (int j = 0; j < m; j++) {
      addMoment(s.probabilities[j], s.modes[j], out.x, out.p);
    }
  }

  /**
   * Two-component moment matching into {@code out}: mean {@code w a + (1-w) b}, covariance {@code w
   * P_a + (1-w) P_b + w (1-w) (a - b)(a - b)^T} (the spread of two points about their mean).
   */
  private void mix2(double w, GaussianState a, GaussianState b, GaussianState out) {
    double v = 1 - w;
    double wv = w * v;
    double[] xa = a.x;
    double[] xb = b.x;
    if (n == 5) {
      mix2Of5(w, v, wv, xa, xb, a.p, b.p, out.x, out.p);
      return;
    }
    for (int k = 0; k < n; k++) {
      out.x[k] = w * xa[k] + v * xb[k];
    }
    double[] pa = a.p;
    double[] pb = b.p;
    double[] p = out.p;
    for (int r = 0; r < n; r++) {
      double dr = wv * (xa[r] - xb[r]);
      for (int k = r; k < n; k++) {
        double val = w * pa[r * n + k] + v * pb[r * n + k] + dr * (xa[k] - xb[k]);
        p[r * n + k] = val;
        p[k * n + r] = val;
      }
    }
  }

  /** {@link #mix2} for 5 components, written out with the same terms in the same order. */
  private static void mix2Of5(
      double w,
      double v,
      double wv,
      double[] xa,
      double[] xb,
      double[] pa,
      double[] pb,
      double[] x,
      double[] p) {
    double a0 = xa[0];
    double b0 = xb[0];
    double a1 = xa[1];
    double b1 = xb[1];
    double a2 = xa[2];
    double b2 = xb[2];
    double a3 = xa[3];
    double b3 = xb[3];
    double a4 = xa[4];
    double b4 = xb[4];
    x[0] = w * a0 + v * b0;
    x[1] = w * a1 + v * b1;
    x[2] = w * a2 + v * b2;
    x[3] = w * a3 + v * b3;
    x[4] = w * a4 + v * b4;
    double d0 = a0 - b0;
    double d1 = a1 - b1;
    double d2 = a2 - b2;
    double d3 = a3 - b3;
    double d4 = a4 - b4;
    double dr0 = wv * d0;
    double dr1 = wv * d1;
    double dr2 = wv * d2;
    double dr3 = wv * d3;
    double dr4 = wv * d4;
    double v00 = w * pa[0] + v * pb[0] + dr0 * d0;
    double v01 = w * pa[1] + v * pb[1] + dr0 * d1;
    double v02 = w * pa[2] + v * pb[2] + dr0 * d2;
    double v03 = w * pa[3] + v * pb[3] + dr0 * d3;
    double v04 = w * pa[4] + v * pb[4] + dr0 * d4;
    double v11 = w * pa[6] + v * pb[6] + dr1 * d1;
    double v12 = w * pa[7] + v * pb[7] + dr1 * d2;
    double v13 = w * pa[8] + v * pb[8] + dr1 * d3;
    double v14 = w * pa[9] + v * pb[9] + dr1 * d4;
    double v22 = w * pa[12] + v * pb[12] + dr2 * d2;
    double v23 = w * pa[13] + v * pb[13] + dr2 * d3;
    double v24 = w * pa[14] + v * pb[14] + dr2 * d4;
    double v33 = w * pa[18] + v * pb[18] + dr3 * d3;
    double v34 = w * pa[19] + v * pb[19] + dr3 * d4;
    double v44 = w * pa[24] + v * pb[24] + dr4 * d4;
    p[0] = v00;
    p[1] = v01;
    p[5] = v01;
    p[2] = v02;
    p[10] = v02;
    p[3] = v03;
    p[15] = v03;
    p[4] = v04;
    p[20] = v04;
    p[6] = v11;
    p[7] = v12;
    p[11] = v12;
    p[8] = v13;
    p[16] = v13;
    p[9] = v14;
    p[21] = v14;
    p[12] = v22;
    p[13] = v23;
    p[17] = v23;
    p[14] = v24;
    p[22] = v24;
    p[18] = v33;
    p[19] = v34;
    p[23] = v34;
    p[24] = v44;
  }

  /** {@code p += w (P_i + (x_i - mean)(x_i - mean)^T)}: one term of a moment-matched mixture. */
  private void addMoment(double w, GaussianState component, double[] mean, double[] p) {
    double[] xi = component.x;
    double[] pi = component.p;
    for (int r = 0; r < n; r++) {
      double dr = xi[r] - mean[r];
      for (int k = 0; k < n; k++) {
        p[r * n + k] += w * (pi[r * n + k] + dr * (xi[k] - mean[k]));
      }
    }
  }
}
