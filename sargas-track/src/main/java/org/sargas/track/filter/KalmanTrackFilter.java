package org.sargas.track.filter;

import java.util.Arrays;
import org.sargas.track.measurement.Detection;

/**
 * A single-model Kalman filter (extended or unscented for bearings): one predictor, one updater.
 */
public final class KalmanTrackFilter implements TrackFilter {
  private final KalmanPredictor predictor;
  private final Updater updater;
  private final double[] jacobian;
  private Innovation[] inns = new Innovation[0];

  /** A Kalman (EKF for bearings) filter over {@code model}. */
  public KalmanTrackFilter(TransitionModel model) {
    this(model, new KalmanUpdater(model.dimension()));
  }

  /** A filter over {@code model} updating with {@code updater} (e.g. unscented for bearings). */
  public KalmanTrackFilter(TransitionModel model, Updater updater) {
    this.predictor = new KalmanPredictor(model);
    this.updater = updater;
    this.jacobian = new double[model.dimension() * model.dimension()];
  }

  @Override
  public int dimension() {
    return predictor.dimension();
  }

  @Override
  public FilterState newState() {
    return new FilterState(dimension(), 0);
  }

  @Override
  public void initialise(FilterState s) {
    // Nothing beyond the combined estimate.
  }

  @Override
  public void predict(FilterState in, double timeS, FilterState out) {
    predictor.predict(in.combined, timeS, out.combined);
  }

  @Override
  public void predictWithCrossCovariance(
      FilterState in, double timeS, FilterState out, double[] crossOut) {
    GaussianState x = in.combined;
    int n = dimension();
    predictor.model().jacobian(x.x, timeS - x.timeS, jacobian);
    predictor.predict(x, timeS, out.combined);
    SmallMatrix.multiplyTransB(x.p, jacobian, crossOut, n, n, n);
  }

  @Override
  public double update(FilterState s, Detection d, Innovation inn) {
    double d2 = updater.innovation(s.combined, d, inn);
    if (!Double.isNaN(d2)) {
      updater.update(s.combined, inn);
    }
    return d2;
  }

  @Override
  public void updateMixture(
      FilterState s, Detection[] ds, double[] betas, int count, double beta0) {
    inns = ensure(inns, count, dimension());
    for (int i = 0; i < count; i++) {
      updater.innovation(s.combined, ds[i], inns[i]);
    }
    updater.updateMixture(s.combined, inns, betas, count, beta0);
  }

  static Innovation[] ensure(Innovation[] a, int count, int dimension) {
    if (a.length >= count) {
      return a;
    }
    Innovation[] b = Arrays.copyOf(a, Math.max(count, 2 * a.length));
    for (int i = a.length; i < b.length; i++) {
      b[i] = new Innovation(dimension);
    }
    return b;
  }
}
