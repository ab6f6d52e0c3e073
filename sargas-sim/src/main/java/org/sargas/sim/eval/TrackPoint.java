package org.sargas.sim.eval;

/**
 * One track estimate in the local plane, as written to the tracks CSV.
 *
 * @param timeS scenario time, s
 * @param trackId track id
 * @param xM east, m
 * @param yM north, m
 * @param vxMps east velocity, m/s
 * @param vyMps north velocity, m/s
 */
public record TrackPoint(
    double timeS, String trackId, double xM, double yM, double vxMps, double vyMps) {}
