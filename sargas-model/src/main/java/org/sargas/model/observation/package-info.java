/**
 * Observations: one report of one sensor at one event time, carrying the sensor's own measurement
 * (e.g. range and azimuth) with its covariance, and any identity the report holds.
 */
package org.sargas.model.observation;
