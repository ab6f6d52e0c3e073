package org.sargas.flink.job;

/**
 * One tracking sector's output for one scan of its region (decision 1703), on its way to the
 * region's merge: the sector's batch and the smoothed records that became final, under the sector's
 * own track ids, as JSON arrays of {@code Track} ({@link OutputJson}). Every sector emits one per
 * scan of its region, with tracks or without, and one at the end ({@code flush}) with its remaining
 * smoothed records, so the merge knows when it has every sector's share.
 *
 * @param region the region
 * @param sector the sector's id in the region's grid
 * @param scanNanos the scan's event time (the slice end), epoch ns; for the flush, the event time
 *     the region is flushed at
 * @param flush whether this is the sector's end of input ({@code tracksJson} then empty)
 * @param tracksJson the sector's batch of the scan, JSON array of {@code Track}
 * @param smoothedJson the sector's smoothed records of the scan, JSON array of {@code Track}
 */
public record SectorScan(
    long region,
    int sector,
    long scanNanos,
    boolean flush,
    String tracksJson,
    String smoothedJson) {}
