package org.sargas.model.observation;

/**
 * A position already in a local plane (x east, y north, metres), as in the tracker interchange CSV.
 *
 * @param xM east, metres
 * @param yM north, metres
 * @param sigmaXM 1-σ noise in x, metres
 * @param sigmaYM 1-σ noise in y, metres
 */
public record PlanarMeasurement(double xM, double yM, double sigmaXM, double sigmaYM)
    implements Measurement {
  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double[] covariance() {
    return new double[] {sigmaXM * sigmaXM, 0, 0, sigmaYM * sigmaYM};
  }
}
