package org.sargas.sim.attack;

import java.time.Instant;
import org.sargas.model.observation.Observation;

/**
 * A report as the node receives it.
 *
 * @param observation the decoded report (its event time: ADS-B the synchronised time of arrival,
 *     Remote ID the message's time stamp)
 * @param receiveTime when the node has it
 * @param truthId the scenario target it stands for, null for a ghost or clutter
 * @param forged whether the attack made or changed it
 */
public record ReceivedReport(
    Observation observation, Instant receiveTime, String truthId, boolean forged) {}
