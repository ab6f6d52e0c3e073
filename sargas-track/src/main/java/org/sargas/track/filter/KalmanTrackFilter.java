package org.sargas.track.filter;

import org.sargas.track.measurement.Detection;

/** A single-model (extended) Kalman filter: one predictor, one updater. */
public final class KalmanTrackFilter implements TrackFilter {
  private final Predictor predictor;
  private final KalmanUpdater updater;
  private Innovation[] inns = new Innovation[0];

  public KalmanTrackFilter(TransitionModel model) {
    this.predictor = new KalmanPredictor(model);
    this.updater = new KalmanUpdater(model.dimension());
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
  public double update(FilterState s, Detection d, Innovation inn) {
    double d2 = updater.innovation(s.combined, d, inn);
    if (!Double.isNaN(d2)) {
      updater.update(s.combined, inn);
    }
    return d2;
  }

  @Override
  public void updateMixture(FilterState s, Detection[] ds, double[] betas, int count, double beta0) {
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
    Innovation[] b = java.util.Arrays.copyOf(a, Math.max(count, 2 * a.length));
    for (int i = a.length; i < b.length; i++) {
      b[i] = new Innovation(dimension);
    }
    return b;
  }
}
