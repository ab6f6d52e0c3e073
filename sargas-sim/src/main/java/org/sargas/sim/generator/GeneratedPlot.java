package org.sargas.sim.generator;

/**
 * One generated plot.
 *
 * @param timeS scenario time, s
 * @param sensorId sensor id
 * @param xM east, m
 * @param yM north, m
 * @param truthId the target it came from, or empty for clutter
 */
public record GeneratedPlot(double timeS, String sensorId, double xM, double yM, String truthId) {}
