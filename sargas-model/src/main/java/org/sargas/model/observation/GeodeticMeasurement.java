package org.sargas.model.observation;

import org.sargas.model.geo.GeoPoint;

/**
 * A self-reported position (ADS-B, Remote ID, a fused system track): latitude, longitude and
 * altitude with horizontal and vertical accuracy, e.g. derived from NACp / Remote ID accuracy
 * categories.
 *
 * @param position reported position
 * @param sigmaHorizontalM 1-σ horizontal error per axis, metres
 * @param sigmaVerticalM 1-σ vertical error, metres (NaN when altitude is unknown)
 */
public record GeodeticMeasurement(GeoPoint position, double sigmaHorizontalM, double sigmaVerticalM)
    implements Measurement {

  @Override
  public int dimension() {
    return 2;
  }

  /** Horizontal covariance in local east/north metres. */
  @Override
  public double[] covariance() {
    double v = sigmaHorizontalM * sigmaHorizontalM;
    return new double[] {v, 0, 0, v};
  }
}
