package org.sargas.sim.eval;

/**
 * One ground-truth state in the local plane.
 *
 * @param timeS scenario time, s
 * @param truthId the true object's id
 * @param xM east, m
 * @param yM north, m
 * @param vxMps east velocity, m/s (NaN when the file has none; then derived from positions)
 * @param vyMps north velocity, m/s
 */
public record TruthPoint(
    double timeS, String truthId, double xM, double yM, double vxMps, double vyMps) {}
