package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/**
 * Kalman update {@code K = P H^T S^-1}, {@code x += K y}, {@code P -= K S K^T}. Exact for linear
 * measurement models (positions); for non-linear ones (bearings) it is the extended Kalman filter's
 * update, linearised at the predicted mean. Not thread-safe (scratch space).
 */
public final class KalmanUpdater implements Updater {
  private final int maxN;
  private final double[] h;
  private final double[] r = new double[Innovation.MAX_M * Innovation.MAX_M];
  private final double[] k;
  private final double[] dx;

  /** An updater for states of up to {@code maxStateDimension} components. */
  public KalmanUpdater(int maxStateDimension) {
    this.maxN = maxStateDimension;
    this.h = new double[Innovation.MAX_M * maxStateDimension];
    this.k = new double[Innovation.MAX_M * maxStateDimension];
    this.dx = new double[maxStateDimension];
  }

  /** The measurement model for a detection kind. */
  public static MeasurementModel modelFor(Detection d) {
    switch (d.kind) {
      case BEARING:
        return BearingMeasurementModel.INSTANCE;
      case POSITION_VELOCITY:
        return PositionVelocityMeasurementModel.INSTANCE;
      case POSITION:
      default:
        return PositionMeasurementModel.INSTANCE;
    }
  }

  @Override
  public double innovation(GaussianState st, Detection d, Innovation inn) {
    MeasurementModel model = modelFor(d);
    int n = st.dimension();
    if (n > maxN) {
      throw new IllegalArgumentException("state dimension " + n + " > " + maxN);
    }
    int m = model.dimension();
    inn.m = m;
    model.predict(st.x, n, d, inn.zPred);
    model.measurement(d, inn.z);
    model.residual(inn.z, inn.zPred, inn.y);
    if (model == PositionMeasurementModel.INSTANCE) {
      positionInnovation(st, d, inn);
      return inn.distance2;
    }
    model.jacobian(st.x, n, d, h);
    model.noiseCovariance(d, r);
    // P H^T (n x m)
    SmallMatrix.multiplyTransB(st.p, h, inn.pht, n, n, m);
    // S = H (P H^T) + R
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int l = 0; l < n; l++) {
          s += h[i * n + l] * inn.pht[l * m + j];
        }
        inn.s[i * m + j] = s + r[i * m + j];
      }
    }
    return inn.finish();
  }

  /** H selects (east, north): P H^T is two columns of P and S its 2x2 block plus R. */
  private static void positionInnovation(GaussianState st, Detection d, Innovation inn) {
    int n = st.dimension();
    double[] p = st.p;
    for (int i = 0; i < n; i++) {
      inn.pht[2 * i] = p[i * n + GaussianState.EAST];
      inn.pht[2 * i + 1] = p[i * n + GaussianState.NORTH];
    }
    double s00 = p[GaussianState.EAST * n + GaussianState.EAST] + d.varEastM2;
    double s01 =
        0.5
                * (p[GaussianState.EAST * n + GaussianState.NORTH]
                    + p[GaussianState.NORTH * n + GaussianState.EAST])
            + d.covEastNorthM2;
    double s11 = p[GaussianState.NORTH * n + GaussianState.NORTH] + d.varNorthM2;
    inn.s[0] = s00;
    inn.s[1] = s01;
    inn.s[2] = s01;
    inn.s[3] = s11;
    double det = s00 * s11 - s01 * s01;
    if (!(det > 0)) {
      inn.distance2 = Double.NaN;
      inn.setDeterminant(Double.NaN);
      return;
    }
    double r = 1.0 / det;
    inn.sInv[0] = s11 * r;
    inn.sInv[1] = -s01 * r;
    inn.sInv[2] = -s01 * r;
    inn.sInv[3] = s00 * r;
    double y0 = inn.y[0];
    double y1 = inn.y[1];
    inn.distance2 = (y0 * y0 * s11 - 2 * y0 * y1 * s01 + y1 * y1 * s00) * r;
    inn.setDeterminant(det);
  }

  @Override
  public void update(GaussianState st, Innovation inn) {
    int n = st.dimension();
    int m = inn.m;
    if (m == 2) {
      update2(st, inn, n);
      return;
    }
    // K = (P H^T) S^-1  (n x m)
    SmallMatrix.multiply(inn.pht, inn.sInv, k, n, m, m);
    SmallMatrix.multiplyVector(k, inn.y, dx, n, m);
    for (int i = 0; i < n; i++) {
      st.x[i] += dx[i];
    }
    // P -= K (P H^T)^T
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int l = 0; l < m; l++) {
          s += k[i * m + l] * inn.pht[j * m + l];
        }
        st.p[i * n + j] -= s;
      }
    }
    SmallMatrix.symmetrise(st.p, n);
  }

  /**
   * The 2-D case written out: K = (P H^T) S^-1 row by row, x += K y, and P -= K (P H^T)^T on the
   * upper triangle, mirrored (symmetric by construction).
   */
  private void update2(GaussianState st, Innovation inn, int n) {
    double i00 = inn.sInv[0];
    double i01 = inn.sInv[1];
    double i11 = inn.sInv[3];
    double y0 = inn.y[0];
    double y1 = inn.y[1];
    double[] pht = inn.pht;
    for (int i = 0; i < n; i++) {
      double a = pht[2 * i];
      double b = pht[2 * i + 1];
      double k0 = a * i00 + b * i01;
      double k1 = a * i01 + b * i11;
      k[2 * i] = k0;
      k[2 * i + 1] = k1;
      st.x[i] += k0 * y0 + k1 * y1;
    }
    double[] p = st.p;
    for (int i = 0; i < n; i++) {
      double k0 = k[2 * i];
      double k1 = k[2 * i + 1];
      for (int j = i; j < n; j++) {
        double v = p[i * n + j] - (k0 * pht[2 * j] + k1 * pht[2 * j + 1]);
        p[i * n + j] = v;
        p[j * n + i] = v;
      }
    }
  }

  @Override
  public void updateMixture(
      GaussianState st, Innovation[] inns, double[] betas, int count, double beta0) {
    int n = st.dimension();
    if (count == 0) {
      return;
    }
    // All innovations share S (same prediction, same model) when the detections share R; in
    // general they do not, so each hypothesis uses its own gain and the spread term is computed
    // from the per-hypothesis updated means (exact Gaussian-mixture collapse).
    double[] mean = new double[n];
    double[] cov = new double[n * n];
    double[] x0 = st.x.clone();
    double[] p0 = st.p.clone();
    for (int i = 0; i < n; i++) {
      mean[i] = beta0 * x0[i];
    }
    for (int i = 0; i < n * n; i++) {
      cov[i] = beta0 * p0[i];
    }
    double[][] means = new double[count][];
    for (int c = 0; c < count; c++) {
      System.arraycopy(x0, 0, st.x, 0, n);
      System.arraycopy(p0, 0, st.p, 0, n * n);
      update(st, inns[c]);
      means[c] = st.x.clone();
      for (int i = 0; i < n; i++) {
        mean[i] += betas[c] * st.x[i];
      }
      for (int i = 0; i < n * n; i++) {
        cov[i] += betas[c] * st.p[i];
      }
    }
    for (int c = -1; c < count; c++) {
      double w = c < 0 ? beta0 : betas[c];
      double[] xc = c < 0 ? x0 : means[c];
      for (int i = 0; i < n; i++) {
        double di = xc[i] - mean[i];
        for (int j = 0; j < n; j++) {
          cov[i * n + j] += w * di * (xc[j] - mean[j]);
        }
      }
    }
    System.arraycopy(mean, 0, st.x, 0, n);
    System.arraycopy(cov, 0, st.p, 0, n * n);
    SmallMatrix.symmetrise(st.p, n);
  }
}
