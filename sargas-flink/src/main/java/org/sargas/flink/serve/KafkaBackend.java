package org.sargas.flink.serve;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.serve.ServeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sargas serve --kafka}: the node's pipeline runs in the Flink job (decision 1702). Two
 * threads: {@link FramePublisher} (ingest queue → journal → frames topic; idempotent producer,
 * {@code acks=all}) and {@link OutputReader} (output topics, {@code read_committed} → scans in each
 * region's sequence order → the node's committer).
 */
public final class KafkaBackend implements ServeBackend {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaBackend.class);

  private final KafkaServeSettings settings;
  private final KafkaLinkState link = new KafkaLinkState();
  private FramePublisher publisher;
  private volatile OutputReader reader;
  private Thread publisherThread;
  private Thread readerThread;
  private KafkaProducer<byte[], byte[]> producer;
  private volatile ServeMetrics metrics;
  private boolean closed;

  public KafkaBackend(KafkaServeSettings settings) {
    this.settings = settings;
  }

  @Override
  public synchronized void start(Context node) {
    metrics = node.metrics();
    producer =
        new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer());
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    publisher =
        new FramePublisher(
            node.queue(),
            node.journal(),
            producer,
            settings.topics().framesTopic(),
            link,
            node.metrics());
    reader =
        new OutputReader(
            consumer, settings.outputTopics(), node.committer(), settings, link, node.metrics());
    publisherThread = new Thread(publisher, "sargas-kafka-frames");
    readerThread = new Thread(reader, "sargas-kafka-outputs");
    publisherThread.start();
    readerThread.start();
    LOG.info(
        "serve: pipeline on Kafka {}: frames to {}, outputs from {} (group {})",
        settings.bootstrap(),
        settings.topics().framesTopic(),
        settings.outputTopics(),
        settings.groupId());
  }

  private Properties producerConfig() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "sargas-serve-frames");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    // Ingest never waits long on Kafka: a send that cannot be queued fails after 5 s, one that is
    // not acknowledged after 30 s (counted as lost).
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    return p;
  }

  private Properties consumerConfig() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "sargas-serve-outputs");
    p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return p;
  }

  @Override
  public Map<String, Object> health() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "kafka");
    m.put("state", link.state());
    m.put("bootstrap", settings.bootstrap());
    m.put("framesTopic", settings.topics().framesTopic());
    ServeMetrics mx = metrics;
    if (mx != null) {
      m.put("framesPublished", mx.value("sargas_kafka_frames_published_total", ""));
      m.put("publishFailures", mx.value("sargas_kafka_publish_failures_total", ""));
      m.put("outputsConsumed", mx.value("sargas_kafka_outputs_consumed_total", ""));
    }
    OutputReader r = reader;
    if (r != null) {
      m.put("gapsSkipped", r.gapsSkipped());
      m.put("outputsHeld", r.held());
      m.put("consumerLag", r.lag());
    }
    if (link.lastError() != null) {
      m.put("lastError", link.lastError());
    }
    return m;
  }

  /**
   * Stops: the frames left in the queue are journaled and sent, the producer flushed; the outputs
   * read so far are handed on (gaps skipped), the consumer's offsets committed.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (publisher != null) {
      publisher.stop();
      join(publisherThread);
      producer.close(Duration.ofSeconds(5));
    }
    if (reader != null) {
      reader.stop();
      join(readerThread);
    }
  }

  private static void join(Thread t) {
    try {
      t.join(30_000);
      if (t.isAlive()) {
        LOG.warn("kafka: {} did not end within 30 s", t.getName());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
