package org.sargas.model.airspace;

import java.time.Instant;

/**
 * A change in a violation's life cycle, emitted by the airspace monitor.
 *
 * @param kind OPENED at entry, UPDATED when the maximum depth or probability grows, CLOSED at exit,
 *     REVISED when the smoothed track revises the figures
 * @param time event time of the track update that caused it
 * @param violation the violation as known at {@code time}
 */
public record ViolationEvent(ViolationEventKind kind, Instant time, Violation violation) {}
