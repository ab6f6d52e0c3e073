package org.sargas.model.observation;

import org.sargas.model.geo.GeoPoint;

/**
 * A track report of another tracker (a neighbour's ARTAS, a national system; ASTERIX CAT062): an
 * already filtered estimate of position and velocity with their accuracies, under the source's own
 * track number. The tracker fuses it as a track — associated by its source track number, updated
 * with position and velocity — rather than as a plot.
 *
 * <p>Frame: east/north at the reported position (the local tangent plane there), metres and m/s.
 *
 * @param position reported position (altitude 0 when unknown; the altitude travels in the {@link
 *     Observation})
 * @param sigmaEastM 1-σ of the position east, metres (&gt; 0)
 * @param sigmaNorthM 1-σ of the position north, metres (&gt; 0)
 * @param covarianceEastNorthM2 east/north covariance of the position, m² (0 when unknown)
 * @param velocityEastMps velocity east, m/s; NaN when the report has no velocity
 * @param velocityNorthMps velocity north, m/s; NaN when the report has no velocity
 * @param sigmaVelocityEastMps 1-σ of the velocity east, m/s (&gt; 0 when the velocity is known)
 * @param sigmaVelocityNorthMps 1-σ of the velocity north, m/s
 * @param sigmaVerticalM 1-σ of the altitude, metres (NaN when the altitude is unknown)
 * @param sourceTrackNumber the source's track number (unique per source while the track lives;
 *     CAT062 I062/040: 0–65535), -1 when unknown
 * @param ageS age of the freshest sensor data in the estimate (CAT062 I062/290), seconds; NaN when
 *     unknown. Large ages mean the source coasts the track.
 */
public record SystemTrackMeasurement(
    GeoPoint position,
    double sigmaEastM,
    double sigmaNorthM,
    double covarianceEastNorthM2,
    double velocityEastMps,
    double velocityNorthMps,
    double sigmaVelocityEastMps,
    double sigmaVelocityNorthMps,
    double sigmaVerticalM,
    int sourceTrackNumber,
    double ageS)
    implements Measurement {

  /** Whether the report carries a velocity. */
  public boolean hasVelocity() {
    return !Double.isNaN(velocityEastMps) && !Double.isNaN(velocityNorthMps);
  }

  /** 4 (east, north, velocity east, velocity north) with a velocity, else 2. */
  @Override
  public int dimension() {
    return hasVelocity() ? 4 : 2;
  }

  /**
   * Covariance in local east/north metres (and m/s), order (east, north[, velocity east, velocity
   * north]); position and velocity errors are taken as uncorrelated.
   */
  @Override
  public double[] covariance() {
    int m = dimension();
    double[] c = new double[m * m];
    c[0] = sigmaEastM * sigmaEastM;
    c[1] = covarianceEastNorthM2;
    c[m] = covarianceEastNorthM2;
    c[m + 1] = sigmaNorthM * sigmaNorthM;
    if (m == 4) {
      c[2 * m + 2] = sigmaVelocityEastMps * sigmaVelocityEastMps;
      c[3 * m + 3] = sigmaVelocityNorthMps * sigmaVelocityNorthMps;
    }
    return c;
  }
}
