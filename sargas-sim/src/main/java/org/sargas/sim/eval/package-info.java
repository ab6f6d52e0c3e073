/**
 * Tracker evaluation on the interchange CSV format: reading plots and truth, writing tracks, and
 * the metrics — GOSPA (Rahmathullah, García-Fernández and Svensson 2017) and the SIAP measures as
 * Stone Soup's {@code SIAPMetrics} defines them. Independent of the tracker's code on purpose: the
 * evaluator shares nothing with the system under test.
 */
package org.sargas.sim.eval;
