package org.sargas.sim.eval;

/**
 * One plot of the interchange CSV ({@code time_s,sensor_id,x_m,y_m}, extra columns ignored).
 *
 * @param timeS scenario time, s
 * @param sensorId sensor id
 * @param xM east, m
 * @param yM north, m
 */
public record PlotRow(double timeS, String sensorId, double xM, double yM) {}
