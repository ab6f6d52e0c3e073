package org.sargas.server.serve;

import java.io.IOException;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.journal.FrameJournal;

/**
 * What runs the pipeline of a {@link ServeNode} when it does not run on the node's own pipeline
 * thread: it drains the ingest queue and hands the scans' outputs back to the node's {@link
 * ScanCommitter}, so the store, evidence log, API, WebSocket and map work unchanged. sargas-flink's
 * Kafka backend is one: frames to a Kafka topic, the Flink job's outputs read back (decision 1702).
 *
 * <p>Life cycle: {@link #start} once the node's store, picture and publishers are up and before its
 * inputs start; {@link #close} when the node shuts down, after its inputs stopped (the backend
 * handles or counts what is left in the queue, then ends its threads).
 */
public interface ServeBackend extends AutoCloseable {
  /**
   * What the node gives its backend.
   *
   * @param config the node's configuration (inputs, sensors, pipeline settings)
   * @param queue the ingest queue: frames (source id = input id) and clock ticks
   * @param committer commits and publishes scan outputs; one thread at a time
   * @param journal the node's frame journal: every frame the backend takes is appended to it first
   * @param metrics the node's metrics registry
   * @param clock the node's clock
   */
  record Context(
      ServeConfig config,
      BlockingQueue<IngestItem> queue,
      ScanCommitter committer,
      FrameJournal journal,
      ServeMetrics metrics,
      InstantSource clock) {}

  /** Starts draining the queue and committing outputs (its own threads). */
  void start(Context context) throws IOException;

  /**
   * The link's state as {@code /health} shows it (member {@code backend}): at least {@code type}
   * and {@code state} ({@code UP}, {@code DOWN} or {@code STARTING}); a {@code DOWN} backend makes
   * the node {@code DEGRADED}. Any thread.
   */
  Map<String, Object> health();

  /** Stops: the queue's remaining frames handled or counted, threads ended. Idempotent. */
  @Override
  void close();
}
