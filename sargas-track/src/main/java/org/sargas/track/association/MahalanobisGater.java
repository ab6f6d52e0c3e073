package org.sargas.track.association;

import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.Innovation;
import org.sargas.track.filter.Updater;
import org.sargas.track.measurement.Detection;

/**
 * Ellipsoidal gate: the squared Mahalanobis distance of the innovation must not exceed a threshold,
 * e.g. the χ² quantile of the measurement dimension (13.8 for 2 dimensions at 99.9 %).
 */
public final class MahalanobisGater implements Gater {
  private final Updater updater;
  private final double gateDistance2;

  public MahalanobisGater(Updater updater, double gateDistance2) {
    this.updater = updater;
    this.gateDistance2 = gateDistance2;
  }

  @Override
  public boolean passes(GaussianState predicted, Detection detection, Innovation inn) {
    double d2 = updater.innovation(predicted, detection, inn);
    return d2 <= gateDistance2;
  }

  @Override
  public double gateDistance2() {
    return gateDistance2;
  }
}
