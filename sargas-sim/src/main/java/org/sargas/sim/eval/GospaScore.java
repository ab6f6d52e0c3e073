package org.sargas.sim.eval;

/**
 * A GOSPA value split into its parts. With {@code p = 1} the parts add up to the total; in general
 * they are the parts of the p-th power sum and {@code total = (localisation + missed +
 * falseTracks)^(1/p)}.
 *
 * @param total the GOSPA distance, m
 * @param localisation sum over assigned pairs of d^p, m^p
 * @param missed c^p / α per missed truth, m^p
 * @param falseTracks c^p / α per false track, m^p
 * @param assigned number of assigned truth–track pairs
 * @param missedCount number of missed truths
 * @param falseCount number of false tracks
 */
public record GospaScore(
    double total,
    double localisation,
    double missed,
    double falseTracks,
    int assigned,
    int missedCount,
    int falseCount) {}
