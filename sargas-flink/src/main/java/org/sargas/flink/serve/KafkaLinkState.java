package org.sargas.flink.serve;

/**
 * The state of a node's link to Kafka, from what its producer and consumer saw last: {@code DOWN}
 * when the last frame send failed, when the output reader's last poll or broker probe failed, or
 * when the reader has had no partitions for {@value #UNASSIGNED_DOWN_S} s; {@code STARTING} before
 * it first has them; else {@code UP}. Thread-safe.
 */
final class KafkaLinkState {
  /** Seconds without assigned partitions after which the link is down. */
  static final int UNASSIGNED_DOWN_S = 10;

  private volatile boolean sendFailing;
  private volatile boolean brokerFailing;
  private volatile boolean assigned;
  private volatile long assignedLastNanos = System.nanoTime();
  private volatile String lastError;

  void sendOk() {
    sendFailing = false;
  }

  void sendFailed(Throwable e) {
    sendFailing = true;
    lastError = "frames: " + e;
  }

  /** A broker answered the output reader's probe. */
  void brokerOk() {
    brokerFailing = false;
  }

  /** The output reader's poll or probe failed. */
  void brokerFailed(Throwable e) {
    brokerFailing = true;
    lastError = "outputs: " + e;
  }

  /** Whether the output reader has partitions assigned, after a poll at {@code nowNanos}. */
  void assignment(boolean withPartitions, long nowNanos) {
    assigned = withPartitions;
    if (withPartitions) {
      assignedLastNanos = nowNanos;
    }
  }

  /** Whether the output reader's last poll or probe failed. */
  boolean brokerFailing() {
    return brokerFailing;
  }

  /** {@code UP}, {@code DOWN} or {@code STARTING}. */
  String state() {
    if (sendFailing || brokerFailing || unassignedTooLong()) {
      return "DOWN";
    }
    return assigned ? "UP" : "STARTING";
  }

  private boolean unassignedTooLong() {
    return !assigned && System.nanoTime() - assignedLastNanos > UNASSIGNED_DOWN_S * 1_000_000_000L;
  }

  /** The last error seen, or null. */
  String lastError() {
    if (lastError == null && unassignedTooLong()) {
      return "outputs: no partitions assigned for " + UNASSIGNED_DOWN_S + " s";
    }
    return lastError;
  }
}
