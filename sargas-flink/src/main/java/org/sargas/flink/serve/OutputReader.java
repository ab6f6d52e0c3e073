package org.sargas.flink.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.sargas.flink.job.RegionOutput;
import org.sargas.flink.kafka.KafkaOutputs;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.serve.ScanCommitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's output topics back into the node, on its own thread: records (committed transactions
 * only) → {@link ScanAssembler} → the node's {@link ScanCommitter} (store, evidence log, picture,
 * WebSocket). It is the committer's only caller. Consumer offsets are committed about every second
 * up to the first output not yet handed to the committer, so a restarted node reads on where it
 * stopped (the store drops what it already holds).
 */
final class OutputReader implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputReader.class);
  private static final long COMMIT_INTERVAL_NANOS = 1_000_000_000L;
  private static final long PROBE_INTERVAL_NANOS = 10_000_000_000L;

  private final Consumer<byte[], byte[]> consumer;
  private final List<String> topics;
  private final ScanAssembler assembler;
  private final KafkaLinkState link;
  private final AtomicLong consumed;
  private final AtomicLong malformed;
  private final AtomicLong scans;
  private volatile long lag = -1;
  private volatile long gapsSkipped;
  private volatile long outputsSkipped;
  private volatile long duplicates;
  private volatile long held;
  private long malformedJson;
  private volatile boolean running = true;
  private long lastCommitNanos = System.nanoTime();
  private long lastProbeNanos = System.nanoTime();

  OutputReader(
      Consumer<byte[], byte[]> consumer,
      List<String> topics,
      ScanCommitter committer,
      KafkaServeSettings settings,
      KafkaLinkState link,
      ServeMetrics metrics) {
    this.consumer = consumer;
    this.topics = topics;
    this.link = link;
    consumed =
        metrics.counter(
            "sargas_kafka_outputs_consumed_total", "", "Job outputs read from the output topics");
    malformed =
        metrics.counter(
            "sargas_kafka_malformed_outputs_total",
            "",
            "Output records without the job's headers or with unreadable JSON (dropped)");
    scans = metrics.counter("sargas_scans_total", "", "Tracker scans run");
    AtomicLong errors =
        metrics.counter("sargas_pipeline_errors_total", "", "Unexpected pipeline errors");
    this.assembler =
        new ScanAssembler(
            settings.gapTimeoutMs() * 1_000_000L,
            settings.scanQuietMs() * 1_000_000L,
            s -> {
              scans.incrementAndGet();
              try {
                committer.publish(s, 0);
              } catch (RuntimeException e) {
                errors.incrementAndGet();
                LOG.error("kafka: scan at {} not committed, continuing", s.scanTime(), e);
              }
            });
    metrics.gauge(
        "sargas_kafka_gaps_skipped_total",
        "",
        "Runs of output sequence numbers that never arrived (skipped)",
        this::gapsSkipped);
    metrics.gauge(
        "sargas_kafka_outputs_skipped_total",
        "",
        "Output sequence numbers skipped (gaps, restarts)",
        this::outputsSkipped);
    metrics.gauge(
        "sargas_kafka_duplicate_outputs_total",
        "",
        "Outputs read again (dropped)",
        this::duplicates);
    metrics.gauge(
        "sargas_kafka_outputs_held",
        "",
        "Outputs read but not yet committed (reorder buffer, open scans)",
        () -> held);
    metrics.gauge(
        "sargas_kafka_consumer_lag",
        "",
        "Output records behind the end of the topics (max over partitions; -1 = unknown)",
        () -> lag);
  }

  long gapsSkipped() {
    return gapsSkipped;
  }

  long outputsSkipped() {
    return outputsSkipped;
  }

  long duplicates() {
    return duplicates;
  }

  /** Outputs read but not yet committed. */
  long held() {
    return held;
  }

  /** Output records behind the end of the topics, or -1 if not known yet. */
  long lag() {
    return lag;
  }

  @Override
  public void run() {
    consumer.subscribe(topics);
    try {
      while (running) {
        try {
          ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
          long now = System.nanoTime();
          for (ConsumerRecord<byte[], byte[]> r : records) {
            consumed.incrementAndGet();
            RegionOutput o;
            try {
              o = KafkaOutputs.read(r);
            } catch (IllegalArgumentException e) {
              malformed.incrementAndGet();
              LOG.warn("kafka: output record dropped: {}", e.getMessage());
              continue;
            }
            assembler.offer(o, r.topic() + "-" + r.partition(), r.offset(), now);
          }
          assembler.drain(now);
          if (now - lastProbeNanos
              >= (link.brokerFailing() ? PROBE_INTERVAL_NANOS / 5 : PROBE_INTERVAL_NANOS)) {
            // A consumer keeps its assignment and polls quietly while the brokers are gone: ask
            // one for metadata (throws after 2 s without an answer).
            lastProbeNanos = now;
            consumer.listTopics(Duration.ofSeconds(2));
            if (link.brokerFailing()) {
              LOG.info("kafka: brokers answer again");
            }
            link.brokerOk();
          }
          link.assignment(!consumer.assignment().isEmpty(), now);
          updateGauges();
          if (now - lastCommitNanos >= COMMIT_INTERVAL_NANOS) {
            commitOffsets();
            lastCommitNanos = now;
          }
        } catch (WakeupException e) {
          // close() asked us to stop
        } catch (RuntimeException e) {
          if (!link.brokerFailing()) {
            LOG.warn("kafka: reading outputs failed (retrying every 2 s): {}", e.toString());
          } else {
            LOG.debug("kafka: reading outputs failed: {}", e.toString());
          }
          link.brokerFailed(e);
          sleep(1000);
        }
      }
      assembler.flush();
      updateGauges();
      commitOffsets();
    } catch (RuntimeException e) {
      LOG.warn("kafka: output reader ended: {}", e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Asks {@link #run()} to hand on what it holds and end. */
  void stop() {
    running = false;
    consumer.wakeup();
  }

  private void updateGauges() {
    gapsSkipped = assembler.gapsSkipped();
    outputsSkipped = assembler.outputsSkipped();
    duplicates = assembler.duplicates();
    held = assembler.held();
    malformed.addAndGet(assembler.malformed() - malformedJson);
    malformedJson = assembler.malformed();
    lag = recordsLagMax();
  }

  /** The consumer's own {@code records-lag-max} (its last fetches), or -1. */
  private long recordsLagMax() {
    for (Map.Entry<MetricName, ? extends Metric> e : consumer.metrics().entrySet()) {
      MetricName n = e.getKey();
      if (n.name().equals("records-lag-max")
          && n.group().equals("consumer-fetch-manager-metrics")
          && !n.tags().containsKey("topic")) {
        Object v = e.getValue().metricValue();
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
          return Math.round(d);
        }
      }
    }
    return -1;
  }

  /** Commits each partition up to its first output still held, else up to its position. */
  private void commitOffsets() {
    try {
      Map<String, Long> held = assembler.lowestHeldOffsets();
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      for (TopicPartition tp : consumer.assignment()) {
        Long lowest = held.get(tp.topic() + "-" + tp.partition());
        offsets.put(tp, new OffsetAndMetadata(lowest != null ? lowest : consumer.position(tp)));
      }
      if (!offsets.isEmpty()) {
        consumer.commitSync(offsets, Duration.ofSeconds(5));
      }
    } catch (WakeupException e) {
      // stopping: committed at the end
    } catch (RuntimeException e) {
      LOG.warn("kafka: output offsets not committed: {}", e.toString());
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
