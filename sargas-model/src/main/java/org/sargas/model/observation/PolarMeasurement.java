package org.sargas.model.observation;

/**
 * A radar plot: slant range and azimuth from the sensor site, optionally elevation. Noise terms are
 * independent (diagonal covariance), as radar specifications state them.
 *
 * @param rangeM slant range in metres
 * @param azimuthRad azimuth, radians clockwise from true north, [0, 2π)
 * @param elevationRad elevation above the local horizontal in radians, NaN when not measured
 * @param sigmaRangeM 1-σ range noise in metres
 * @param sigmaAzimuthRad 1-σ azimuth noise in radians
 * @param sigmaElevationRad 1-σ elevation noise in radians (NaN when no elevation)
 */
public record PolarMeasurement(
    double rangeM,
    double azimuthRad,
    double elevationRad,
    double sigmaRangeM,
    double sigmaAzimuthRad,
    double sigmaElevationRad)
    implements Measurement {

  /** A 2-D plot (range, azimuth) without elevation. */
  public static PolarMeasurement of(
      double rangeM, double azimuthRad, double sigmaRangeM, double sigmaAzimuthRad) {
    return new PolarMeasurement(
        rangeM, azimuthRad, Double.NaN, sigmaRangeM, sigmaAzimuthRad, Double.NaN);
  }

  /** Whether elevation was measured. */
  public boolean hasElevation() {
    return !Double.isNaN(elevationRad);
  }

  @Override
  public int dimension() {
    return hasElevation() ? 3 : 2;
  }

  @Override
  public double[] covariance() {
    if (hasElevation()) {
      return new double[] {
        sigmaRangeM * sigmaRangeM,
        0,
        0,
        0,
        sigmaAzimuthRad * sigmaAzimuthRad,
        0,
        0,
        0,
        sigmaElevationRad * sigmaElevationRad
      };
    }
    return new double[] {sigmaRangeM * sigmaRangeM, 0, 0, sigmaAzimuthRad * sigmaAzimuthRad};
  }
}
