package org.sargas.track;

/**
 * What the tracker has seen since it started.
 *
 * @param observations observations received
 * @param rejected observations that could not be used (malformed, unregistered sensor)
 * @param late observations older than the lag window, ignored
 * @param lastRejection the last rejection's source and reason, or null
 */
public record TrackerCounters(long observations, long rejected, long late, String lastRejection) {}
