package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Unscented Kalman update (Julier and Uhlmann 1997; Wan and van der Merwe 2000) for non-linear
 * measurement models (bearings): 2n + 1 sigma points {@code x ± sqrt(n + λ) L_i} of the predicted
 * state (L the Cholesky factor of P), with α = 1, β = 2, κ = 0 (so λ = 0 and the mean weight of the
 * centre point is 0); the predicted measurement is their weighted mean (angles averaged as
 * residuals about the centre point), S and the cross covariance {@code P_xz} their weighted spreads
 * plus R. The update is then the Kalman one with {@code P_xz} in place of {@code P H^T}. Linear
 * models (positions) take the exact Kalman path. Not thread-safe (scratch space).
 */
public final class UnscentedKalmanUpdater implements Updater {
  private static final double BETA = 2.0;

  private final KalmanUpdater kalman;
  private final int maxN;
  private final double[] l;
  private final double[] sigma;
  private final double[] zs;
  private final double[] r = new double[Innovation.MAX_M * Innovation.MAX_M];
  private final double[] z0 = new double[Innovation.MAX_M];
  private final double[] xi;
  private final double[] zi = new double[Innovation.MAX_M];
  private final double[] resid = new double[Innovation.MAX_M];
  private final double[] zMean = new double[Innovation.MAX_M];

  public UnscentedKalmanUpdater(int maxStateDimension) {
    this.maxN = maxStateDimension;
    this.kalman = new KalmanUpdater(maxStateDimension);
    this.l = new double[maxStateDimension * maxStateDimension];
    this.sigma = new double[(2 * maxStateDimension + 1) * maxStateDimension];
    this.zs = new double[(2 * maxStateDimension + 1) * Innovation.MAX_M];
    this.xi = new double[maxStateDimension];
  }

  @Override
  public double innovation(GaussianState st, Detection d, Innovation inn) {
    MeasurementModel model = KalmanUpdater.modelFor(d);
    if (model.isLinear()) {
      return kalman.innovation(st, d, inn);
    }
    int n = st.dimension();
    if (n > maxN) {
      throw new IllegalArgumentException("state dimension " + n + " > " + maxN);
    }
    int m = model.dimension();
    inn.m = m;
    if (!SmallMatrix.cholesky(st.p, l, n)) {
      return kalman.innovation(st, d, inn); // degenerate spread: fall back to the linearisation
    }
    int points = 2 * n + 1;
    double scale = Math.sqrt(n); // sqrt(n + λ), λ = 0
    double wMean = 1.0 / (2 * n);
    double w0Cov = BETA; // λ/(n+λ) + 1 − α² + β with λ = 0, α = 1
    for (int k = 0; k < n; k++) {
      sigma[k] = st.x[k];
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        double delta = scale * l[k * n + i]; // column i of L
        sigma[(1 + i) * n + k] = st.x[k] + delta;
        sigma[(1 + n + i) * n + k] = st.x[k] - delta;
      }
    }
    // Centre point first: residuals of the others are taken about it (wraps angles).
    System.arraycopy(sigma, 0, xi, 0, n);
    model.predict(xi, n, d, z0);
    for (int j = 0; j < m; j++) {
      zMean[j] = 0;
    }
    for (int p = 0; p < points; p++) {
      System.arraycopy(sigma, p * n, xi, 0, n);
      model.predict(xi, n, d, zi);
      model.residual(zi, z0, resid);
      for (int j = 0; j < m; j++) {
        zs[p * m + j] = resid[j]; // relative to the centre point
        if (p > 0) {
          zMean[j] += wMean * resid[j];
        }
      }
    }
    for (int i = 0; i < m * m; i++) {
      inn.s[i] = 0;
    }
    for (int i = 0; i < n * m; i++) {
      inn.pht[i] = 0;
    }
    for (int p = 0; p < points; p++) {
      double w = p == 0 ? w0Cov : wMean;
      for (int a = 0; a < m; a++) {
        double da = zs[p * m + a] - zMean[a];
        for (int b = 0; b < m; b++) {
          inn.s[a * m + b] += w * da * (zs[p * m + b] - zMean[b]);
        }
        for (int k = 0; k < n; k++) {
          inn.pht[k * m + a] += w * (sigma[p * n + k] - st.x[k]) * da;
        }
      }
    }
    model.noiseCovariance(d, r);
    for (int i = 0; i < m * m; i++) {
      inn.s[i] += r[i];
    }
    // Predicted measurement = centre + mean residual; residual of the detection against it.
    for (int j = 0; j < m; j++) {
      inn.zPred[j] = z0[j] + zMean[j];
    }
    model.measurement(d, inn.z);
    model.residual(inn.z, inn.zPred, inn.y);
    return inn.finish();
  }

  @Override
  public void update(GaussianState state, Innovation inn) {
    kalman.update(state, inn);
  }

  @Override
  public void updateMixture(
      GaussianState state, Innovation[] inns, double[] betas, int count, double beta0) {
    kalman.updateMixture(state, inns, betas, count, beta0);
  }
}
