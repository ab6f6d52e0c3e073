package org.sargas.response.evaluation;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.response.search.LostTrack;
import org.sargas.response.search.WindEstimate;

/**
 * One simulated loss: what the estimator is told, and what really happened.
 *
 * @param track the track's last state as the tracker reported it (with its errors)
 * @param forecast the wind forecast the estimator is given (mean and stated uncertainty)
 * @param impact where the drone really came down
 * @param remainingEnduranceS how long it really flew on under power, seconds
 * @param glided whether it glided (true) or fell (false) after the engine stopped
 */
public record LostDroneCase(
    LostTrack track,
    WindEstimate forecast,
    GeoPoint impact,
    double remainingEnduranceS,
    boolean glided) {

  public LostDroneCase {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(impact, "impact");
  }
}
