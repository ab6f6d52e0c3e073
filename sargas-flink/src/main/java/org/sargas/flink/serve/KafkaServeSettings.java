package org.sargas.flink.serve;

import java.util.List;
import org.sargas.flink.job.JobSettings;

/**
 * How a node talks to the Kafka cluster of the Flink job.
 *
 * @param bootstrap the brokers' bootstrap servers
 * @param topics the job's topics: frames go to {@link JobSettings#framesTopic()}, outputs are read
 *     from the other four (the same settings as the job's; only the topics are used)
 * @param groupId the output consumer's group: one per node (each node reads every output)
 * @param gapTimeoutMs how long a missing output sequence number is waited for before it is skipped,
 *     ms
 * @param scanQuietMs how long a region releases nothing before its open scan is committed, ms
 */
public record KafkaServeSettings(
    String bootstrap, JobSettings topics, String groupId, long gapTimeoutMs, long scanQuietMs) {
  public KafkaServeSettings {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("no Kafka bootstrap servers given");
    }
    if (gapTimeoutMs <= 0 || scanQuietMs <= 0) {
      throw new IllegalArgumentException("gapTimeoutMs and scanQuietMs must be > 0");
    }
  }

  /** The job's default topics, group {@code sargas-serve}, 5 s gap timeout, 200 ms scan quiet. */
  public static KafkaServeSettings defaults(String bootstrap) {
    return new KafkaServeSettings(bootstrap, JobSettings.defaults(), "sargas-serve", 5000, 200);
  }

  /** The four output topics. */
  public List<String> outputTopics() {
    return List.of(
        topics.tracksTopic(),
        topics.violationsTopic(),
        topics.warningsTopic(),
        topics.alertsTopic());
  }
}
