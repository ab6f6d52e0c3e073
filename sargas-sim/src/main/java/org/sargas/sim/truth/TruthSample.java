package org.sargas.sim.truth;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;

/**
 * The true state of one target at one time.
 *
 * @param targetId truth id
 * @param time event time
 * @param position true position (altitude above the ellipsoid)
 * @param velocityEastMps true east velocity
 * @param velocityNorthMps true north velocity
 * @param velocityUpMps true vertical rate
 */
public record TruthSample(
    String targetId,
    Instant time,
    GeoPoint position,
    double velocityEastMps,
    double velocityNorthMps,
    double velocityUpMps) {}
