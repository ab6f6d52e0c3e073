package org.sargas.sim.eval;

/**
 * SIAP measures over a run, as Stone Soup's {@code SIAPMetrics} defines them (Votruba et al. 2001).
 *
 * @param completeness Σ JT(t) / Σ J(t): fraction of truth-times with at least one track
 * @param ambiguity Σ NA(t) / Σ JT(t): associated tracks per tracked truth (ideal 1)
 * @param spuriousness Σ (N(t) − NA(t)) / Σ N(t): fraction of track-times with no truth
 * @param positionAccuracyM Σ position error / Σ NA(t), m
 * @param velocityAccuracyMps Σ velocity error / Σ NA(t), m/s
 * @param longestTrackSegment Σ_truths longest single-track association / Σ_truths lifetime
 */
public record SiapScore(
    double completeness,
    double ambiguity,
    double spuriousness,
    double positionAccuracyM,
    double velocityAccuracyMps,
    double longestTrackSegment) {}
