package org.sargas.store.incident;

import java.time.Instant;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEventKind;

/**
 * A violation (incident) as the store holds it: its latest state and life-cycle bookkeeping.
 *
 * @param violation the latest state received
 * @param lastEventKind kind of the event that produced that state
 * @param lastEventTime event time of that event
 * @param firstEventTime event time of the first event stored
 * @param eventCount distinct life-cycle events stored
 */
public record StoredViolation(
    Violation violation,
    ViolationEventKind lastEventKind,
    Instant lastEventTime,
    Instant firstEventTime,
    int eventCount) {}
