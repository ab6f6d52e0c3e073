package org.sargas.track.association;

import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.Innovation;
import org.sargas.track.measurement.Detection;

/** Decides whether a detection could have come from a track's predicted state. */
public interface Gater {

  /**
   * Computes the pair's innovation into {@code inn} (with {@link Innovation#distance2} and {@link
   * Innovation#logDetS()}, as {@link org.sargas.track.filter.Updater#innovation} leaves them) and
   * returns whether the detection passes the gate. {@code predicted} is already at the detection's
   * time.
   */
  boolean passes(GaussianState predicted, Detection detection, Innovation inn);

  /** The gate as a squared Mahalanobis distance (for miss costs and pre-gate radii). */
  double gateDistance2();
}
