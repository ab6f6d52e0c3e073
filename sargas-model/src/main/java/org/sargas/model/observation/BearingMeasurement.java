package org.sargas.model.observation;

/**
 * A bearing-only report (acoustic array, RF direction finder).
 *
 * @param bearingRad bearing from the sensor site, radians clockwise from true north
 * @param sigmaBearingRad 1-σ bearing noise, radians
 */
public record BearingMeasurement(double bearingRad, double sigmaBearingRad) implements Measurement {
  @Override
  public int dimension() {
    return 1;
  }

  @Override
  public double[] covariance() {
    return new double[] {sigmaBearingRad * sigmaBearingRad};
  }
}
