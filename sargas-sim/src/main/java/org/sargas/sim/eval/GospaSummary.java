package org.sargas.sim.eval;

/**
 * Mean over scans of the per-scan GOSPA and its parts (with p = 1 the parts add up to the mean).
 *
 * @param mean mean GOSPA, m
 * @param localisation mean localisation part, m
 * @param missed mean missed-truth part, m
 * @param falseTracks mean false-track part, m
 */
public record GospaSummary(double mean, double localisation, double missed, double falseTracks) {}
