package org.sargas.flink.job;

/**
 * One output of a region's pipeline, ready for its topic: a track update, a violation or crossing
 * event, a warning or an alert, as the JSON of its model record ({@link OutputJson}).
 *
 * @param topic the topic it goes to ({@link JobSettings#tracksTopic()} …)
 * @param kind what it is: {@code track}, {@code smoothed}, {@code violation}, {@code crossing},
 *     {@code warning}, {@code alert}
 * @param region the region whose pipeline produced it
 * @param scanNanos event time of the scan that produced it, epoch ns
 * @param seq the region's output sequence number (0, 1, …): with {@code region} it orders and
 *     identifies every output, the same in every run and after every restore
 * @param key the Kafka key: track id, violation id, zone id or alert id
 * @param json the record as JSON
 */
public record RegionOutput(
    String topic, String kind, long region, long scanNanos, long seq, String key, String json) {}
