package org.sargas.sim.eval;

/**
 * What {@code sargas track} reports: GOSPA (c = 500 m, p = 1, α = 2, mean over scans), the SIAP
 * measures and throughput. {@code gospa} and {@code siap} are null when no truth was given.
 *
 * @param plots plots read
 * @param scans scans processed
 * @param gospa GOSPA means, or null
 * @param siap SIAP measures, or null
 * @param throughput speed by wall clock
 * @param cpuThroughput the same by the tracker thread's CPU time (what one core does, whatever else
 *     the machine runs), or null where the JVM cannot measure thread CPU time
 */
public record EvaluationReport(
    long plots,
    long scans,
    GospaSummary gospa,
    SiapScore siap,
    ThroughputSummary throughput,
    ThroughputSummary cpuThroughput) {}
