package org.sargas.flink.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.flink.kafka.FrameCodec;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.serve.IngestItem;
import org.sargas.store.journal.FrameJournal;
import org.sargas.store.journal.JournalConfig;

/** The node's frames to Kafka: journal first, keyed by input id, never held up by a lost broker. */
class FramePublisherTest {
  private static final Instant T0 = Instant.parse("2025-09-10T00:00:00Z");

  private final ServeMetrics metrics = new ServeMetrics();
  private final KafkaLinkState link = new KafkaLinkState();
  private final BlockingQueue<IngestItem> queue = new ArrayBlockingQueue<>(1000);

  private static List<RawFrame> frames(int n) {
    List<RawFrame> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new RawFrame(
              i % 2 == 0 ? "radar-a" : "rid-b",
              T0.plusMillis(10L * i),
              new byte[] {48, 0, (byte) i},
              i % 2 == 0 ? FrameFormat.ASTERIX : FrameFormat.REMOTE_ID));
    }
    return out;
  }

  /** Queues the frames with a tick among them, runs the publisher until it has drained them. */
  private void publish(MockProducer<byte[], byte[]> producer, FrameJournal journal, int n)
      throws InterruptedException {
    FramePublisher p = start(producer, journal, n);
    p.stop();
    thread.join();
  }

  private Thread thread;

  /** Queues the frames with a tick among them and starts the publisher on {@link #thread}. */
  private FramePublisher start(MockProducer<byte[], byte[]> producer, FrameJournal journal, int n)
      throws InterruptedException {
    List<RawFrame> frames = frames(n);
    for (int i = 0; i < frames.size(); i++) {
      queue.put(new IngestItem(frames.get(i), i, System.nanoTime(), null));
      if (i == 1) {
        queue.put(IngestItem.tick(T0));
      }
    }
    FramePublisher p = new FramePublisher(queue, journal, producer, "frames", link, metrics);
    thread = new Thread(p);
    thread.start();
    return p;
  }

  @Test
  void framesAreJournaledThenSentKeyedByInputInOrder(@TempDir Path dir) throws Exception {
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    try (FrameJournal journal =
        FrameJournal.open(JournalConfig.defaults(dir), InstantSource.system())) {
      publish(producer, journal, 20);
      assertThat(journal.nextSequence()).as("every frame journaled").isEqualTo(20);
    }
    List<ProducerRecord<byte[], byte[]>> sent = producer.history();
    assertThat(sent).hasSize(20);
    List<RawFrame> want = frames(20);
    for (int i = 0; i < sent.size(); i++) {
      ProducerRecord<byte[], byte[]> r = sent.get(i);
      String key = new String(r.key(), StandardCharsets.UTF_8);
      assertThat(r.topic()).isEqualTo("frames");
      assertThat(key).isEqualTo(want.get(i).sourceId());
      RawFrame back = FrameCodec.decode(key, i, r.value());
      assertThat(back.receiveTime()).isEqualTo(want.get(i).receiveTime());
      assertThat(back.format()).isEqualTo(want.get(i).format());
      assertThat(back.payload()).isEqualTo(want.get(i).payload());
    }
    assertThat(metrics.value("sargas_kafka_frames_published_total", "")).isEqualTo(20);
    assertThat(metrics.value("sargas_kafka_publish_failures_total", "")).isZero();
    assertThat(metrics.value("sargas_frames_processed_total", "")).isEqualTo(20);
  }

  @Test
  void whenNoBrokerTakesFramesTheyAreCountedAndStillJournaledWithoutWaitingOnEachSend(
      @TempDir Path dir) throws Exception {
    java.util.concurrent.atomic.AtomicInteger attempts =
        new java.util.concurrent.atomic.AtomicInteger();
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
          @Override
          public synchronized java.util.concurrent.Future<
                  org.apache.kafka.clients.producer.RecordMetadata>
              send(
                  ProducerRecord<byte[], byte[]> record,
                  org.apache.kafka.clients.producer.Callback callback) {
            attempts.incrementAndGet();
            return super.send(record, callback);
          }
        };
    producer.sendException =
        new TimeoutException("Topic frames not present in metadata after 5000 ms");
    try (FrameJournal journal =
        FrameJournal.open(JournalConfig.defaults(dir), InstantSource.system())) {
      publish(producer, journal, 200);
      assertThat(journal.nextSequence()).as("the journal keeps every frame").isEqualTo(200);
    }
    assertThat(metrics.value("sargas_kafka_publish_failures_total", "")).isEqualTo(200);
    // After a send that could not be queued the publisher backs off (5 s) instead of waiting
    // max.block.ms on every frame.
    assertThat(attempts.get()).isLessThan(200);
    assertThat(metrics.value("sargas_kafka_frames_published_total", "")).isZero();
    assertThat(link.state()).isEqualTo("DOWN");
    assertThat(link.lastError()).contains("not present in metadata");
  }

  @Test
  void aSendTheBrokerRejectsIsCountedAndTheNextOnesGoOn(@TempDir Path dir) throws Exception {
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    try (FrameJournal journal =
        FrameJournal.open(JournalConfig.defaults(dir), InstantSource.system())) {
      FramePublisher p = start(producer, journal, 3);
      while (producer.history().size() < 3) {
        Thread.sleep(10);
      }
      assertThat(producer.errorNext(new RecordTooLargeException("too large"))).isTrue();
      assertThat(producer.completeNext()).isTrue();
      assertThat(producer.completeNext()).isTrue();
      p.stop();
      thread.join();
    }
    assertThat(metrics.value("sargas_kafka_publish_failures_total", "")).isEqualTo(1);
    assertThat(metrics.value("sargas_kafka_frames_published_total", "")).isEqualTo(2);
    assertThat(link.state()).as("the last send went through").isNotEqualTo("DOWN");
  }
}
