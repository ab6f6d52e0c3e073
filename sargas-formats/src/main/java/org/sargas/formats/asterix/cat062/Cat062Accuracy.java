package org.sargas.formats.asterix.cat062;

/**
 * ASTERIX CAT062 I062/500 estimated accuracies (editions 1.19/1.21), the subfields Sargas reads:
 * standard deviations in the system's Cartesian plane (x east, y north). Absent subfields are NaN.
 *
 * @param positionSigmaXM APC x: 1-σ of the track position along x, metres (LSB 0.5 m)
 * @param positionSigmaYM APC y, metres
 * @param positionCovarianceXYM2 COV: xy covariance of the position, m² (the item carries
 *     sign(cov)·√|cov| in metres)
 * @param velocitySigmaXMps ATV x: 1-σ of the track velocity along x, m/s (LSB 0.25 m/s)
 * @param velocitySigmaYMps ATV y, m/s
 */
public record Cat062Accuracy(
    double positionSigmaXM,
    double positionSigmaYM,
    double positionCovarianceXYM2,
    double velocitySigmaXMps,
    double velocitySigmaYMps) {}
