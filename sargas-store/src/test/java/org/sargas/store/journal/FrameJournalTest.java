package org.sargas.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.store.testing.Frames;
import org.sargas.store.testing.MutableClock;

class FrameJournalTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(T0);

  private JournalConfig config() {
    return JournalConfig.defaults(dir).withRetention(null, 0);
  }

  private static List<JournalEntry> readAll(Path d) throws IOException {
    List<JournalEntry> out = new ArrayList<>();
    try (JournalReader r = JournalReader.open(d)) {
      r.forEachRemaining(out::add);
      assertThat(r.damages()).isEmpty();
    }
    return out;
  }

  private static List<RawFrame> framesOf(List<JournalEntry> entries) {
    return entries.stream().map(JournalEntry::frame).toList();
  }

  @Test
  void framesComeBackInOrderWithContiguousSequences() throws IOException {
    List<RawFrame> frames = Frames.random(1, 500, T0);
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      for (int i = 0; i < 200; i++) {
        assertThat(j.append(frames.get(i))).isEqualTo(i);
      }
      assertThat(j.appendAll(frames.subList(200, 500))).isEqualTo(499);
    }
    List<JournalEntry> back = readAll(dir);
    assertThat(framesOf(back)).containsExactlyElementsOf(frames);
    for (int i = 0; i < back.size(); i++) {
      assertThat(back.get(i).sequence()).isEqualTo(i);
    }
  }

  @Test
  void reopeningContinuesTheSequence() throws IOException {
    List<RawFrame> frames = Frames.random(2, 30, T0);
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      j.appendAll(frames.subList(0, 10));
    }
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      assertThat(j.recovery().truncated()).isFalse();
      assertThat(j.nextSequence()).isEqualTo(10);
      assertThat(j.append(frames.get(10))).isEqualTo(10);
      j.appendAll(frames.subList(11, 30));
    }
    assertThat(framesOf(readAll(dir))).containsExactlyElementsOf(frames);
  }

  @Test
  void rotatesSegmentsAndReadsAcrossThemFromAnySequence() throws IOException {
    List<RawFrame> frames = Frames.random(3, 400, T0);
    try (FrameJournal j = FrameJournal.open(config().withSegmentMaxBytes(8192), clock)) {
      for (RawFrame f : frames) {
        j.append(f);
      }
      assertThat(j.segments()).hasSizeGreaterThan(5);
      for (Path p : j.segments()) {
        assertThat(Files.size(p)).isLessThanOrEqualTo(8192);
      }
    }
    assertThat(framesOf(readAll(dir))).containsExactlyElementsOf(frames);
    try (JournalReader r = JournalReader.open(dir, 257)) {
      List<JournalEntry> tail = new ArrayList<>();
      r.forEachRemaining(tail::add);
      assertThat(tail.get(0).sequence()).isEqualTo(257);
      assertThat(framesOf(tail)).containsExactlyElementsOf(frames.subList(257, 400));
    }
  }

  @Test
  void aFrameLargerThanASegmentGetsASegmentOfItsOwn() throws IOException {
    RawFrame big = new RawFrame("big", T0, new byte[10_000], FrameFormat.SAPIENT);
    RawFrame small = new RawFrame("s", T0, new byte[] {1}, FrameFormat.AVR);
    try (FrameJournal j = FrameJournal.open(config().withSegmentMaxBytes(4096), clock)) {
      j.append(small);
      j.append(big);
      j.append(small);
      assertThat(j.segments()).hasSize(3);
    }
    assertThat(framesOf(readAll(dir))).containsExactly(small, big, small);
  }

  @Test
  void everyTruncationOfTheLastRecordIsReportedAndRecovered() throws IOException {
    List<RawFrame> frames = Frames.random(4, 6, T0);
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      j.appendAll(frames.subList(0, 5));
    }
    Path seg = SegmentDirectory.list(dir).get(0);
    byte[] full = Files.readAllBytes(seg);
    long lastOffset = readAll(dir).get(4).offset();
    for (long cut = lastOffset + 1; cut < full.length; cut++) {
      Files.write(seg, java.util.Arrays.copyOf(full, (int) cut));
      try (JournalReader r = JournalReader.open(dir)) {
        List<JournalEntry> got = new ArrayList<>();
        r.forEachRemaining(got::add);
        assertThat(framesOf(got)).containsExactlyElementsOf(frames.subList(0, 4));
        assertThat(r.damages())
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.kind()).isEqualTo(JournalDamageKind.TORN_RECORD);
                  assertThat(d.offset()).isEqualTo(lastOffset);
                });
      }
    }
    // Recovery on reopen cuts the torn record, keeps it aside, and appends after the last good one.
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      JournalRecovery rec = j.recovery();
      assertThat(rec.truncated()).isTrue();
      assertThat(rec.damage().offset()).isEqualTo(lastOffset);
      assertThat(rec.bytesDiscarded()).isEqualTo(full.length - 1 - lastOffset);
      assertThat(Files.size(rec.savedTail())).isEqualTo(rec.bytesDiscarded());
      assertThat(rec.nextSequence()).isEqualTo(4);
      assertThat(j.append(frames.get(5))).isEqualTo(4);
    }
    List<RawFrame> expected = new ArrayList<>(frames.subList(0, 4));
    expected.add(frames.get(5));
    assertThat(framesOf(readAll(dir))).containsExactlyElementsOf(expected);
  }

  @Test
  void aFlippedBitStopsTheSegmentAtThatRecordAndLaterSegmentsStillRead() throws IOException {
    List<RawFrame> frames = Frames.random(5, 300, T0);
    try (FrameJournal j = FrameJournal.open(config().withSegmentMaxBytes(8192), clock)) {
      j.appendAll(frames);
    }
    List<JournalEntry> good = readAll(dir);
    JournalEntry victim = good.get(10);
    Path seg = victim.segment();
    try (RandomAccessFile raf = new RandomAccessFile(seg.toFile(), "rw")) {
      long pos = victim.offset() + 30;
      raf.seek(pos);
      int b = raf.read();
      raf.seek(pos);
      raf.write(b ^ 0x10);
    }
    try (JournalReader r = JournalReader.open(dir)) {
      List<JournalEntry> got = new ArrayList<>();
      r.forEachRemaining(got::add);
      assertThat(r.damages())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(JournalDamageKind.CRC_MISMATCH);
                assertThat(d.offset()).isEqualTo(victim.offset());
                assertThat(d.segment()).isEqualTo(seg);
              });
      assertThat(got.get(9).sequence()).isEqualTo(9);
      long nextSegmentFirst =
          good.stream()
              .filter(e -> !e.segment().equals(seg))
              .mapToLong(JournalEntry::sequence)
              .filter(s -> s > 10)
              .min()
              .orElseThrow();
      assertThat(got.get(10).sequence()).isEqualTo(nextSegmentFirst);
      assertThat(got.get(got.size() - 1).sequence()).isEqualTo(299);
    }
  }

  @Test
  void zeroFilledTailIsABadLengthAndIsCut() throws IOException {
    List<RawFrame> frames = Frames.random(6, 3, T0);
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      j.appendAll(frames);
    }
    Path seg = SegmentDirectory.list(dir).get(0);
    long size = Files.size(seg);
    try (FileChannel ch =
        FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.allocate(4096));
    }
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      assertThat(j.recovery().damage().kind()).isEqualTo(JournalDamageKind.BAD_LENGTH);
      assertThat(j.recovery().damage().offset()).isEqualTo(size);
      assertThat(j.nextSequence()).isEqualTo(3);
    }
    assertThat(Files.size(seg)).isEqualTo(size);
    assertThat(framesOf(readAll(dir))).containsExactlyElementsOf(frames);
  }

  @Test
  void aSegmentWithABadHeaderIsReportedAndReplacedOnOpen() throws IOException {
    Path seg = dir.resolve(JournalFormat.segmentName(0));
    Files.write(seg, new byte[] {'N', 'O', 'P', 'E', 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
    try (JournalReader r = JournalReader.open(dir)) {
      assertThat(r.next()).isNull();
      assertThat(r.damages())
          .singleElement()
          .satisfies(d -> assertThat(d.kind()).isEqualTo(JournalDamageKind.BAD_HEADER));
    }
    try (FrameJournal j = FrameJournal.open(config(), clock)) {
      assertThat(j.recovery().damage().kind()).isEqualTo(JournalDamageKind.BAD_HEADER);
      assertThat(Files.readAllBytes(j.recovery().savedTail())).hasSize(19);
      j.append(Frames.random(7, 1, T0).get(0));
    }
    assertThat(readAll(dir)).hasSize(1);
  }

  @Test
  void timerOnlyIntervalPolicyForcesOnTheTimerNeverOnAppend() throws IOException {
    JournalConfig cfg = config().withFsync(FsyncPolicy.interval(Duration.ofMillis(100)));
    List<RawFrame> frames = Frames.random(9, 3, T0);
    try (FrameJournal j = FrameJournal.open(cfg, clock)) {
      j.forceOnlyFromTimer();
      j.append(frames.get(0));
      clock.advance(Duration.ofMillis(150));
      j.append(frames.get(1));
      assertThat(j.durableSequence()).isEqualTo(-1);
      assertThat(j.syncIfDue()).isTrue();
      assertThat(j.durableSequence()).isEqualTo(1);
      j.append(frames.get(2));
      assertThat(j.syncIfDue()).isFalse();
      clock.advance(Duration.ofMillis(100));
      assertThat(j.syncIfDue()).isTrue();
      assertThat(j.durableSequence()).isEqualTo(2);
    }
    assertThat(readAll(dir)).hasSize(3);
  }

  @Test
  void intervalPolicyForcesOnlyWhenTheIntervalHasElapsed() throws IOException {
    JournalConfig cfg = config().withFsync(FsyncPolicy.interval(Duration.ofMillis(100)));
    List<RawFrame> frames = Frames.random(8, 5, T0);
    try (FrameJournal j = FrameJournal.open(cfg, clock)) {
      j.append(frames.get(0));
      j.append(frames.get(1));
      assertThat(j.durableSequence()).isEqualTo(-1);
      assertThat(j.syncIfDue()).isFalse();
      clock.advance(Duration.ofMillis(100));
      assertThat(j.syncIfDue()).isTrue();
      assertThat(j.durableSequence()).isEqualTo(1);
      assertThat(j.syncIfDue()).isFalse();
      j.append(frames.get(2));
      clock.advance(Duration.ofMillis(150));
      j.append(frames.get(3));
      assertThat(j.durableSequence()).isEqualTo(3);
      j.append(frames.get(4));
      assertThat(j.durableSequence()).isEqualTo(3);
      j.sync();
      assertThat(j.durableSequence()).isEqualTo(4);
    }
  }

  @Test
  void everyAppendPolicyForcesEachRecordAndOnRotateOnlyAtRotation() throws IOException {
    List<RawFrame> frames = Frames.random(9, 200, T0);
    try (FrameJournal j = FrameJournal.open(config().withFsync(FsyncPolicy.everyAppend()), clock)) {
      for (RawFrame f : frames.subList(0, 3)) {
        long seq = j.append(f);
        assertThat(j.durableSequence()).isEqualTo(seq);
      }
    }
    Path other = dir.resolve("rotate");
    JournalConfig rot =
        JournalConfig.defaults(other)
            .withRetention(null, 0)
            .withFsync(FsyncPolicy.onRotate())
            .withSegmentMaxBytes(4096);
    try (FrameJournal j = FrameJournal.open(rot, clock)) {
      j.append(frames.get(0));
      assertThat(j.durableSequence()).isEqualTo(-1);
      long seq = 0;
      while (j.segments().size() == 1) {
        seq = j.append(frames.get((int) (seq + 1) % 200));
      }
      assertThat(j.durableSequence()).isEqualTo(seq - 1);
    }
  }

  @Test
  void retentionByAgeDeletesSegmentsWhoseFramesAreAllOlder() throws IOException {
    JournalConfig cfg = config().withSegmentMaxBytes(4096).withRetention(Duration.ofHours(1), 0);
    List<RawFrame> frames = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      frames.add(new RawFrame("r", T0.plusSeconds(60L * i), new byte[100], FrameFormat.ASTERIX));
    }
    try (FrameJournal j = FrameJournal.open(cfg, clock)) {
      for (RawFrame f : frames) {
        clock.set(f.receiveTime());
        j.append(f);
      }
      clock.set(frames.get(299).receiveTime());
      j.applyRetention();
    }
    List<JournalEntry> kept = readAll(dir);
    Instant cutoff = frames.get(299).receiveTime().minus(Duration.ofHours(1));
    // Nothing younger than the cutoff was deleted, and the oldest kept segment reaches it.
    assertThat(kept.get(kept.size() - 1).sequence()).isEqualTo(299);
    assertThat(kept.get(0).frame().receiveTime()).isBefore(cutoff);
    long firstKept = kept.get(0).sequence();
    assertThat(firstKept).isGreaterThan(0);
    assertThat(kept).hasSize((int) (300 - firstKept));
    List<Path> segs = SegmentDirectory.list(dir);
    assertThat(SegmentDirectory.firstSequence(segs.get(0))).isEqualTo(firstKept);
    try (JournalReader r = JournalReader.open(dir)) {
      r.next();
      JournalEntry secondSegmentFirst = null;
      for (JournalEntry e = r.next(); e != null; e = r.next()) {
        if (!e.segment().equals(segs.get(0))) {
          secondSegmentFirst = e;
          break;
        }
      }
      assertThat(secondSegmentFirst.frame().receiveTime()).isAfterOrEqualTo(cutoff);
    }
  }

  @Test
  void retentionBySizeKeepsTheJournalUnderTheLimit() throws IOException {
    JournalConfig cfg = config().withSegmentMaxBytes(4096).withRetention(null, 20_000);
    try (FrameJournal j = FrameJournal.open(cfg, clock)) {
      for (RawFrame f : Frames.random(10, 1000, T0)) {
        j.append(f);
      }
      long total = 0;
      for (Path p : j.segments()) {
        total += Files.size(p);
      }
      assertThat(total).isLessThanOrEqualTo(20_000);
      assertThat(j.segments().size()).isGreaterThan(1);
    }
    List<JournalEntry> kept = readAll(dir);
    assertThat(kept.get(kept.size() - 1).sequence()).isEqualTo(999);
  }

  @Test
  void aReaderRunningBesideTheWriterSeesAnIntactPrefix() throws Exception {
    List<RawFrame> frames = Frames.random(12, 3000, T0);
    try (FrameJournal j = FrameJournal.open(config().withSegmentMaxBytes(16384), clock)) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (RawFrame f : frames) {
                    j.append(f);
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      writer.start();
      for (int round = 0; round < 5; round++) {
        List<JournalEntry> seen = new ArrayList<>();
        try (JournalReader r = JournalReader.open(dir)) {
          r.forEachRemaining(seen::add);
          // At most the record being written when the reader reached the end is incomplete.
          assertThat(r.damages())
              .allSatisfy(
                  d ->
                      assertThat(d.kind())
                          .isIn(JournalDamageKind.TORN_RECORD, JournalDamageKind.TORN_HEADER));
        }
        for (int i = 0; i < seen.size(); i++) {
          assertThat(seen.get(i).sequence()).isEqualTo(i);
          assertThat(seen.get(i).frame()).isEqualTo(frames.get(i));
        }
      }
      writer.join();
    }
    assertThat(framesOf(readAll(dir))).containsExactlyElementsOf(frames);
  }

  @Test
  void aClosedJournalRefusesAppends() throws IOException {
    FrameJournal j = FrameJournal.open(config(), clock);
    j.close();
    j.close();
    assertThatThrownBy(() -> j.append(Frames.random(11, 1, T0).get(0)))
        .isInstanceOf(IllegalStateException.class);
  }
}
