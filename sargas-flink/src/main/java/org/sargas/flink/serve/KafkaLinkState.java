package org.sargas.flink.serve;

/**
 * The state of a node's link to Kafka, from what its producer and consumer saw last: {@code DOWN}
 * when the last frame send or the last output poll failed; {@code STARTING} until the consumer has
 * its partitions; else {@code UP}. Thread-safe.
 */
final class KafkaLinkState {
  private volatile boolean sendFailing;
  private volatile boolean pollFailing;
  private volatile boolean assigned;
  private volatile String lastError;

  void sendOk() {
    sendFailing = false;
  }

  void sendFailed(Throwable e) {
    sendFailing = true;
    lastError = "frames: " + e;
  }

  /** A poll returned; {@code withPartitions}: the consumer has partitions assigned. */
  void pollOk(boolean withPartitions) {
    pollFailing = false;
    assigned = withPartitions;
  }

  void pollFailed(Throwable e) {
    pollFailing = true;
    lastError = "outputs: " + e;
  }

  /** {@code UP}, {@code DOWN} or {@code STARTING}. */
  String state() {
    if (sendFailing || pollFailing) {
      return "DOWN";
    }
    return assigned ? "UP" : "STARTING";
  }

  /** The last error seen, or null. */
  String lastError() {
    return lastError;
  }
}
