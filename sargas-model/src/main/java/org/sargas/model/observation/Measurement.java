package org.sargas.model.observation;

/**
 * A sensor's measurement in the sensor's own coordinates, with its noise. Each kind gives its
 * covariance in its own measurement space.
 */
public sealed interface Measurement
    permits PolarMeasurement,
        GeodeticMeasurement,
        BearingMeasurement,
        PlanarMeasurement,
        SystemTrackMeasurement {

  /** Dimension of the measurement vector. */
  int dimension();

  /** The measurement covariance, row-major, {@code dimension() x dimension()}; a fresh array. */
  double[] covariance();
}
