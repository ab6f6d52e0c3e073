package org.sargas.track.classification;

import org.sargas.model.observation.Identity;

/**
 * What the classifier sees of a track.
 *
 * @param groundSpeedMps estimated ground speed, m/s
 * @param speedSigmaMps 1-σ of the speed estimate, m/s
 * @param altitudeM altitude above the ellipsoid, m (NaN when unknown)
 * @param climbRateMps vertical rate, m/s (0 when unknown)
 * @param updates detections associated so far
 * @param identity fused identity
 */
public record TrackFeatures(
    double groundSpeedMps,
    double speedSigmaMps,
    double altitudeM,
    double climbRateMps,
    int updates,
    Identity identity) {}
