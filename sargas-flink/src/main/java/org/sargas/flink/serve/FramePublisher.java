package org.sargas.flink.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sargas.flink.kafka.FrameCodec;
import org.sargas.model.frame.RawFrame;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.serve.IngestItem;
import org.sargas.store.journal.FrameJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's ingest queue to the frames topic, on its own thread: each batch of frames is appended
 * to the node's journal (as on a stand-alone node), then sent, keyed by input id (one feed's frames
 * stay in one partition, in order; value {@link FrameCodec}). Clock ticks are dropped: the job's
 * event time comes from the frames. A send that fails is logged and counted, never retried beyond
 * the producer's own delivery timeout. A send that cannot even be queued (no broker answered for
 * {@code max.block.ms}, or the producer's buffer is full) makes the publisher stop trying for
 * {@value #BACK_OFF_MS} ms: frames in that time are journaled and counted as not published without
 * waiting, so the queue keeps draining and the journal keeps every frame while Kafka is away.
 */
final class FramePublisher implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(FramePublisher.class);

  /** How long sends are not tried after one could not be queued, ms. */
  static final long BACK_OFF_MS = 5000;

  private final BlockingQueue<IngestItem> queue;
  private final FrameJournal journal;
  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final KafkaLinkState link;
  private final AtomicLong taken;
  private final AtomicLong published;
  private final AtomicLong failures;
  private final AtomicLong journalFailures;
  private volatile boolean running = true;
  private long backOffUntilNanos;
  private boolean backingOff;

  FramePublisher(
      BlockingQueue<IngestItem> queue,
      FrameJournal journal,
      Producer<byte[], byte[]> producer,
      String topic,
      KafkaLinkState link,
      ServeMetrics metrics) {
    this.queue = queue;
    this.journal = journal;
    this.producer = producer;
    this.topic = topic;
    this.link = link;
    taken =
        metrics.counter(
            "sargas_frames_processed_total",
            "",
            "Frames taken from the ingest queue by the pipeline");
    published =
        metrics.counter(
            "sargas_kafka_frames_published_total", "", "Frames acknowledged by Kafka (acks=all)");
    failures =
        metrics.counter(
            "sargas_kafka_publish_failures_total", "", "Frames Kafka did not take (lost)");
    journalFailures =
        metrics.counter("sargas_journal_failures_total", "", "Journal appends that failed");
  }

  /** Drains the queue until {@link #stop()}, then sends what is left and flushes the producer. */
  @Override
  public void run() {
    List<IngestItem> batch = new ArrayList<>(8192);
    while (running || !queue.isEmpty()) {
      IngestItem first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        if (!running) {
          continue;
        }
        Thread.currentThread().interrupt();
        return;
      }
      if (first == null) {
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, 8191);
      try {
        publish(batch);
      } catch (RuntimeException e) {
        LOG.error("kafka: batch of frames failed, continuing", e);
      }
      batch.clear();
    }
    producer.flush();
  }

  /** Asks {@link #run()} to finish after draining the queue. */
  void stop() {
    running = false;
  }

  private void publish(List<IngestItem> batch) {
    List<RawFrame> frames = new ArrayList<>(batch.size());
    for (IngestItem it : batch) {
      if (it.frame() != null) {
        frames.add(it.frame());
      }
    }
    if (frames.isEmpty()) {
      return;
    }
    if (journal != null) {
      try {
        journal.appendAll(frames);
      } catch (IOException e) {
        journalFailures.incrementAndGet();
        LOG.error("journal append failed: {}", e.toString());
      }
    }
    for (RawFrame f : frames) {
      taken.incrementAndGet();
      if (backingOff) {
        if (System.nanoTime() - backOffUntilNanos < 0) {
          failures.incrementAndGet();
          continue;
        }
        backingOff = false;
      }
      try {
        producer.send(
            new ProducerRecord<>(
                topic, f.sourceId().getBytes(StandardCharsets.UTF_8), FrameCodec.encode(f)),
            (metadata, e) -> {
              if (e == null) {
                published.incrementAndGet();
                link.sendOk();
              } else {
                failed(f, e);
              }
            });
      } catch (RuntimeException e) {
        failed(f, e);
        if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
          backingOff = true;
          backOffUntilNanos = System.nanoTime() + BACK_OFF_MS * 1_000_000L;
          LOG.warn(
              "kafka: frames not published for {} ms (journaled only): {}",
              BACK_OFF_MS,
              e.toString());
        }
      }
    }
  }

  private void failed(RawFrame f, Exception e) {
    long n = failures.incrementAndGet();
    link.sendFailed(e);
    if (n <= 20 || Long.bitCount(n) == 1) {
      LOG.warn(
          "kafka: frame of input {} at {} not published (failure #{}): {}",
          f.sourceId(),
          f.receiveTime(),
          n,
          e.toString());
    }
  }
}
