package org.sargas.flink.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureUpdate;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.UpdateFeaturesOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.sargas.flink.kafka.FrameCodec;
import org.sargas.model.frame.RawFrame;

/**
 * A one-node Kafka cluster (KRaft, combined broker and controller) in this JVM, from Kafka's own
 * test kit: for {@code sargas flink run --local}, the tests and the benchmark. Internal topics
 * (offsets, transactions) have replication factor 1.
 */
public final class LocalKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private LocalKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts the cluster in a temporary directory (deleted on close). */
  public static LocalKafka start() throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("transaction.state.log.num.partitions", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("transaction.max.timeout.ms", "900000")
            .build();
    // The test kit prints its formatting to stdout, which carries the command's output: stderr.
    java.io.PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } finally {
      System.setOut(stdout);
    }
    LocalKafka kafka = new LocalKafka(cluster);
    kafka.warmUpTransactions();
    return kafka;
  }

  /**
   * One committed transaction before any job runs: the broker creates its transaction-state topic
   * and loads the coordinator now, not while the job's first transaction waits on it.
   */
  private void warmUpTransactions() throws Exception {
    // Transactions of protocol version 1: the Kafka connector's exactly-once sink commits by
    // resuming a transaction with its producer id and epoch, which version 2 (KIP-890, Kafka 4's
    // default) bumps at every commit; its recovery across that is an open connector issue
    // (FLINK-40689). docs/scale-out.md asks the same of a cluster's brokers.
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
      admin
          .updateFeatures(
              Map.of(
                  "transaction.version",
                  new FeatureUpdate((short) 1, FeatureUpdate.UpgradeType.SAFE_DOWNGRADE)),
              new UpdateFeaturesOptions())
          .all()
          .get();
    }
    createTopics(List.of("sargas.warm-up"), 1);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sargas-warm-up");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("sargas.warm-up", new byte[0])).get();
      producer.commitTransaction();
    }
  }

  /** The brokers' bootstrap address. */
  public String bootstrap() {
    return cluster.bootstrapServers();
  }

  /** Creates topics with {@code partitions} partitions each (replication factor 1). */
  public void createTopics(Collection<String> names, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
      List<NewTopic> topics = new ArrayList<>();
      names.forEach(n -> topics.add(new NewTopic(n, partitions, (short) 1)));
      admin.createTopics(topics).all().get();
    }
  }

  /** Publishes frames to a topic, keyed by source id, in the given order; returns how many. */
  public int publish(String topic, List<RawFrame> frames) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (RawFrame f : frames) {
        producer.send(
            new ProducerRecord<>(
                topic, f.sourceId().getBytes(StandardCharsets.UTF_8), FrameCodec.encode(f)));
      }
      producer.flush();
    }
    return frames.size();
  }

  /**
   * Every committed record of the topics ({@code isolation.level=read_committed}), partition by
   * partition in offset order.
   */
  public List<ConsumerRecord<byte[], byte[]>> readCommitted(Collection<String> topics) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String t : topics) {
        consumer
            .partitionsFor(t)
            .forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Waits until the consumer group has committed, for every partition of the topic, the offset at
   * its end (the Flink source commits its offsets when a checkpoint completes).
   *
   * @param job the job reading it: waiting ends with an exception if it fails or ends first
   */
  public void awaitConsumed(String groupId, String topic, JobClient job) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (TopicPartitionInfo p :
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
        latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
      }
      Map<TopicPartition, Long> end = new HashMap<>();
      admin.listOffsets(latest).all().get().forEach((tp, r) -> end.put(tp, r.offset()));
      while (true) {
        if (job.getJobStatus().get().isGloballyTerminalState()) {
          job.getJobExecutionResult().get(); // throws the job's failure
          throw new IllegalStateException("the job ended before it read all of " + topic);
        }
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        boolean all = true;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
          OffsetAndMetadata c = committed.get(e.getKey());
          all &= e.getValue() == 0 || (c != null && c.offset() >= e.getValue());
        }
        if (all) {
          return;
        }
        Thread.sleep(100);
      }
    }
  }

  /** The brokers' transactions that are not complete (id and state), for diagnostics. */
  public String transactions() {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
      List<String> open = new ArrayList<>();
      admin
          .listTransactions()
          .all()
          .get()
          .forEach(
              t -> {
                if (!t.state().toString().startsWith("COMPLETE")
                    && !t.state().toString().equals("EMPTY")) {
                  open.add(t.transactionalId() + "=" + t.state());
                }
              });
      return open.toString();
    } catch (Exception e) {
      return "(cannot list: " + e + ")";
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
