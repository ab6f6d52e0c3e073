package org.sargas.flink.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sargas.flink.job.FrameRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The job's source: topic {@code sargas.frames} (key = source id, value = {@link FrameCodec}). */
public final class KafkaFrames {
  private KafkaFrames() {}

  /**
   * A source of the frames topic from its earliest offsets.
   *
   * @param bounded stop at the offsets that are the latest when the job starts (a recording), or
   *     run on
   */
  public static KafkaSource<FrameRecord> source(
      String bootstrap, String topic, String groupId, boolean bounded) {
    var b =
        KafkaSource.<FrameRecord>builder()
            .setBootstrapServers(bootstrap)
            .setTopics(topic)
            .setGroupId(groupId)
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setProperty("isolation.level", "read_committed")
            .setDeserializer(new Deserializer());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  /** Record → frame; a record that is not a frame is logged with its offset and dropped. */
  static final class Deserializer implements KafkaRecordDeserializationSchema<FrameRecord> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Deserializer.class);

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<FrameRecord> out) {
      String source =
          r.key() == null
              ? "partition-" + r.partition()
              : new String(r.key(), StandardCharsets.UTF_8);
      try {
        out.collect(FrameRecord.of(FrameCodec.decode(source, r.offset(), r.value()), r.offset()));
      } catch (IllegalArgumentException e) {
        LOG.warn("{} (topic {}, partition {}): dropped", e.getMessage(), r.topic(), r.partition());
      }
    }

    @Override
    public TypeInformation<FrameRecord> getProducedType() {
      return TypeInformation.of(FrameRecord.class);
    }
  }
}
