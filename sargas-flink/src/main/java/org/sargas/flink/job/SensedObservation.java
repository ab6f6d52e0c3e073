package org.sargas.flink.job;

import org.sargas.model.observation.Observation;

/**
 * A decoded report on its way to its sector's pipeline.
 *
 * @param observation the report (event time, sensor, measurement)
 * @param receiveNanos receive time of the frame that carried it, epoch ns (the plausibility gate
 *     compares the two)
 */
public record SensedObservation(Observation observation, long receiveNanos) {}
