package org.sargas.flink.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetIdentifier;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.sargas.flink.job.RegionOutput;

/**
 * The job's sink: each {@link RegionOutput} to its topic, keyed by track, violation, zone or alert
 * id, value = the record's JSON, with headers {@value #KIND}, {@value #REGION}, {@value #SCAN_NS}
 * and {@value #SEQ}. Exactly once: Kafka transactions committed with Flink's checkpoints (read the
 * topics with {@code isolation.level=read_committed}).
 */
public final class KafkaOutputs {
  /** Header: what the record is (track, smoothed, violation, crossing, warning, alert). */
  public static final String KIND = "sargas-kind";

  /** Header: the region whose pipeline produced it (decimal). */
  public static final String REGION = "sargas-region";

  /** Header: the scan's event time, epoch ns (decimal). */
  public static final String SCAN_NS = "sargas-scan-ns";

  /** Header: the region's output sequence number (decimal). */
  public static final String SEQ = "sargas-seq";

  private KafkaOutputs() {}

  /**
   * The exactly-once sink.
   *
   * @param transactionalIdPrefix unique per job (two jobs must not share it)
   * @param transactionTimeoutMs the producers' transaction timeout (at most the brokers' {@code
   *     transaction.max.timeout.ms}, above the checkpoint interval plus restart time)
   * @param topics every topic the outputs go to
   */
  public static KafkaSink<RegionOutput> exactlyOnce(
      String bootstrap,
      String transactionalIdPrefix,
      long transactionTimeoutMs,
      List<String> topics) {
    Properties p = new Properties();
    p.setProperty("transaction.timeout.ms", Long.toString(transactionTimeoutMs));
    return KafkaSink.<RegionOutput>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new Serializer(topics))
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        .setKafkaProducerConfig(p)
        .build();
  }

  /** A {@link RegionOutput} as a producer record. */
  static final class Serializer
      implements KafkaRecordSerializationSchema<RegionOutput>, KafkaDatasetFacetProvider {
    private static final long serialVersionUID = 1L;
    private final List<String> topics;

    Serializer(List<String> topics) {
      this.topics = List.copyOf(topics);
    }

    /** The topics written (the pooling transaction naming needs them). */
    @Override
    public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
      return Optional.of(
          new DefaultKafkaDatasetFacet(DefaultKafkaDatasetIdentifier.ofTopics(topics)));
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
        RegionOutput o, KafkaSinkContext context, Long timestamp) {
      List<Header> headers =
          List.of(
              header(KIND, o.kind()),
              header(REGION, Long.toString(o.region())),
              header(SCAN_NS, Long.toString(o.scanNanos())),
              header(SEQ, Long.toString(o.seq())));
      return new ProducerRecord<>(
          o.topic(),
          null,
          null, // the broker's clock: an event time days old would fall to the topic's retention
          o.key() == null ? null : o.key().getBytes(StandardCharsets.UTF_8),
          o.json().getBytes(StandardCharsets.UTF_8),
          headers);
    }

    private static Header header(String name, String value) {
      return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The {@link RegionOutput} of a record read back from an output topic. */
  public static RegionOutput read(
      org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> r) {
    return new RegionOutput(
        r.topic(),
        header(r, KIND),
        Long.parseLong(header(r, REGION)),
        Long.parseLong(header(r, SCAN_NS)),
        Long.parseLong(header(r, SEQ)),
        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
        new String(r.value(), StandardCharsets.UTF_8));
  }

  private static String header(
      org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    if (h == null) {
      throw new IllegalArgumentException(
          "record at " + r.topic() + "/" + r.partition() + "@" + r.offset() + " has no " + name);
    }
    return new String(h.value(), StandardCharsets.UTF_8);
  }
}
