package org.sargas.store.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.sargas.model.frame.RawFrame;
import org.sargas.store.DamagedTail;

/**
 * Append-only journal of raw frames in segment files (format: {@link JournalFormat}).
 *
 * <p><b>Durability.</b> Every append writes its record to the segment file (the kernel) before it
 * returns, so a process crash loses no appended frame. What a power loss may lose is set by the
 * {@link FsyncPolicy}; {@link #durableSequence()} tells which records are known forced.
 *
 * <p><b>Opening</b> scans the active (last) segment and cuts a torn or corrupt tail, copying the
 * cut bytes to {@code <segment>.damaged-<offset>} first; {@link #recovery()} reports what was
 * found. Sealed segments were forced when sealed and are not rescanned.
 *
 * <p><b>Retention</b> runs at open, at every rotation and on {@link #applyRetention()}; it deletes
 * whole sealed segments only. Age is judged by receive time: a segment is old when the next
 * segment's first frame was received before {@code clock.instant() - retentionAge}, which is exact
 * as long as receive times do not go backwards.
 *
 * <p><b>Threads.</b> All methods are synchronized, except that {@link #syncIfDue()} forces the
 * segment outside the lock: one ingest thread appends while a timer calls {@link #syncIfDue()}, and
 * the appending thread does not wait for the timer's fsync. With {@link #forceOnlyFromTimer()} (the
 * serve node), appends never force under the {@code INTERVAL} policy: group commit happens on the
 * timer only, so the ingest thread never waits for a device flush. Readers ({@link JournalReader})
 * may run concurrently on the same directory.
 */
public final class FrameJournal implements Closeable {
  private final JournalConfig config;
  private final InstantSource clock;
  private final JournalRecovery recovery;
  private final Map<Path, Instant> firstReceiveTimes = new HashMap<>();
  private final Map<String, byte[]> sourceIds = new HashMap<>();
  private final CRC32C crc = new CRC32C();
  private ByteBuffer buf = ByteBuffer.allocate(64 << 10);
  private FileChannel channel;
  private Path segment;
  private long segmentBytes;
  private long nextSequence;
  private long writtenSequence;
  private long durableSequence;
  private Instant lastForce;
  private boolean closed;
  private boolean timerOnly;
  private boolean timerForcing;

  private FrameJournal(JournalConfig config, InstantSource clock) throws IOException {
    this.config = config;
    this.clock = clock;
    Files.createDirectories(config.directory());
    this.recovery = recover();
    this.writtenSequence = nextSequence - 1;
    this.durableSequence = nextSequence - 1;
    this.lastForce = clock.instant();
    applyRetention();
  }

  /**
   * Opens (creating if needed) the journal in {@code config.directory()}, recovering a torn tail.
   *
   * @param clock wall clock for fsync intervals and retention age
   * @throws IOException if the directory cannot be read or written
   */
  public static FrameJournal open(JournalConfig config, InstantSource clock) throws IOException {
    return new FrameJournal(Objects.requireNonNull(config), Objects.requireNonNull(clock));
  }

  private JournalRecovery recover() throws IOException {
    List<Path> segments = SegmentDirectory.list(config.directory());
    if (segments.isEmpty()) {
      nextSequence = 0;
      createSegment(0);
      return new JournalRecovery(null, 0, null, 0);
    }
    Path last = segments.get(segments.size() - 1);
    long first = SegmentDirectory.firstSequence(last);
    JournalDamage damage;
    long validEnd;
    long fileBytes;
    try (SegmentScanner scanner = SegmentScanner.open(last, first)) {
      while (scanner.next() != null) {
        // Only the end position and the next sequence matter here.
      }
      damage = scanner.damage();
      validEnd = scanner.offset();
      fileBytes = scanner.fileBytes();
      nextSequence = scanner.expectedSequence();
    }
    Path saved = null;
    long discarded = 0;
    if (damage != null) {
      discarded = fileBytes - validEnd;
      saved = DamagedTail.saveAside(last, validEnd);
      if (validEnd < JournalFormat.SEGMENT_HEADER_BYTES) {
        Files.delete(last);
        SegmentDirectory.force(config.directory());
        createSegment(first);
        return new JournalRecovery(damage, discarded, saved, nextSequence);
      }
    }
    channel = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.READ);
    if (damage != null) {
      channel.truncate(validEnd);
      channel.force(true);
    }
    channel.position(validEnd);
    segment = last;
    segmentBytes = validEnd;
    return new JournalRecovery(damage, discarded, saved, nextSequence);
  }

  private void createSegment(long firstSequence) throws IOException {
    Path p = config.directory().resolve(JournalFormat.segmentName(firstSequence));
    FileChannel ch =
        FileChannel.open(
            p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
    ByteBuffer header = ByteBuffer.allocate(JournalFormat.SEGMENT_HEADER_BYTES);
    JournalFormat.writeHeader(header, firstSequence);
    header.flip();
    while (header.hasRemaining()) {
      ch.write(header);
    }
    ch.force(true);
    SegmentDirectory.force(config.directory());
    channel = ch;
    segment = p;
    segmentBytes = JournalFormat.SEGMENT_HEADER_BYTES;
  }

  /** What opening found at the end of the active segment. */
  public JournalRecovery recovery() {
    return recovery;
  }

  /**
   * Appends one frame; when it returns the record is in the kernel (and forced if the policy says
   * so).
   *
   * @return the frame's sequence number
   * @throws IOException on a write failure (the journal stays usable for a retry)
   * @throws IllegalArgumentException if the frame exceeds {@link JournalFormat#MAX_BODY_BYTES}
   */
  public synchronized long append(RawFrame frame) throws IOException {
    checkOpen();
    long seq = encode(frame);
    flush();
    forceIfPolicy();
    return seq;
  }

  /**
   * Appends frames in order with as few writes as possible.
   *
   * @return sequence number of the last frame, or {@code nextSequence() - 1} for an empty list
   */
  public synchronized long appendAll(List<RawFrame> frames) throws IOException {
    checkOpen();
    for (RawFrame f : frames) {
      encode(f);
    }
    flush();
    forceIfPolicy();
    return nextSequence - 1;
  }

  private long encode(RawFrame frame) throws IOException {
    byte[] source = sourceIds.get(frame.sourceId());
    if (source == null) {
      if (sourceIds.size() >= 4096) {
        sourceIds.clear();
      }
      source = JournalFormat.utf8(frame.sourceId());
      sourceIds.put(frame.sourceId(), source);
    }
    int n = JournalFormat.recordBytes(frame, source);
    long pending = buf.position();
    boolean segmentHasRecords = segmentBytes + pending > JournalFormat.SEGMENT_HEADER_BYTES;
    if (segmentHasRecords && segmentBytes + pending + n > config.segmentMaxBytes()) {
      flush();
      rotate();
    }
    if (buf.remaining() < n) {
      if (buf.position() > 0 && buf.position() + n > (1 << 20)) {
        flush();
      }
      if (buf.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
        buf.flip();
        bigger.put(buf);
        buf = bigger;
      }
    }
    long seq = nextSequence;
    JournalFormat.writeRecord(buf, seq, frame, source, crc);
    nextSequence++;
    return seq;
  }

  private void flush() throws IOException {
    if (buf.position() == 0) {
      return;
    }
    buf.flip();
    int n = buf.remaining();
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      // Cut what may have been partly written so the segment stays well-formed for a retry.
      buf.clear();
      channel.truncate(segmentBytes);
      channel.position(segmentBytes);
      nextSequence = writtenSequence + 1;
      throw e;
    }
    buf.clear();
    segmentBytes += n;
    writtenSequence = nextSequence - 1;
  }

  private void forceIfPolicy() throws IOException {
    switch (config.fsync().mode()) {
      case EVERY_APPEND:
        force();
        break;
      case INTERVAL:
        if (!timerOnly && !timerForcing) {
          forceIfDue();
        }
        break;
      default:
        break;
    }
  }

  private boolean forceIfDue() throws IOException {
    if (durableSequence == writtenSequence) {
      return false;
    }
    Instant now = clock.instant();
    if (Duration.between(lastForce, now).compareTo(config.fsync().interval()) >= 0) {
      force();
      return true;
    }
    return false;
  }

  private void force() throws IOException {
    if (durableSequence != writtenSequence) {
      channel.force(false);
      durableSequence = writtenSequence;
    }
    lastForce = clock.instant();
  }

  private void rotate() throws IOException {
    force();
    channel.close();
    createSegment(nextSequence);
    applyRetention();
  }

  /** Forces every appended record to the device now. */
  public synchronized void sync() throws IOException {
    checkOpen();
    force();
  }

  /**
   * For {@link FsyncMode#INTERVAL}: forces the segment if unforced records are older than the
   * interval. Call it from a timer at the interval so an idle journal's tail is forced too. The
   * device flush runs outside the journal's lock, so appends on another thread go on meanwhile;
   * records appended during it become durable at the next call.
   *
   * @return whether it forced
   */
  public boolean syncIfDue() throws IOException {
    FileChannel ch;
    long upTo;
    synchronized (this) {
      checkOpen();
      if (timerForcing
          || durableSequence == writtenSequence
          || Duration.between(lastForce, clock.instant()).compareTo(config.fsync().interval())
              < 0) {
        return false;
      }
      ch = channel;
      upTo = writtenSequence;
      timerForcing = true;
    }
    try {
      ch.force(false);
    } catch (java.nio.channels.ClosedChannelException e) {
      // rotated or closed meanwhile: rotation and close force before closing the channel
    } finally {
      synchronized (this) {
        timerForcing = false;
        if (ch == channel && upTo > durableSequence) {
          durableSequence = upTo;
        }
        lastForce = clock.instant();
      }
    }
    return true;
  }

  /**
   * Leaves {@link FsyncMode#INTERVAL} forcing to the caller's timer ({@link #syncIfDue()} at the
   * interval): from now on appends never force, so the appending thread never waits for the device.
   * A power loss can then lose the last interval plus the timer's lateness.
   */
  public synchronized void forceOnlyFromTimer() {
    timerOnly = true;
  }

  /** The sequence number the next appended frame will get. */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  /** Highest sequence number known forced to the device, or -1 if none. */
  public synchronized long durableSequence() {
    return durableSequence;
  }

  /** The segment files, oldest first; the last is the active one. */
  public synchronized List<Path> segments() throws IOException {
    return SegmentDirectory.list(config.directory());
  }

  /** The journal's configuration. */
  public JournalConfig config() {
    return config;
  }

  /**
   * Deletes sealed segments beyond the retention limits (see the class comment).
   *
   * @return number of segments deleted
   */
  public synchronized int applyRetention() throws IOException {
    List<Path> segments = SegmentDirectory.list(config.directory());
    int deleted = 0;
    if (config.retentionAge() != null) {
      Instant cutoff = clock.instant().minus(config.retentionAge());
      while (segments.size() > 1) {
        Instant nextFirst = firstReceiveTime(segments.get(1));
        if (nextFirst == null || !nextFirst.isBefore(cutoff)) {
          break;
        }
        delete(segments.remove(0));
        deleted++;
      }
    }
    if (config.retentionMaxBytes() > 0) {
      long total = 0;
      for (Path p : segments) {
        total += p.equals(segment) ? segmentBytes : Files.size(p);
      }
      while (segments.size() > 1 && total > config.retentionMaxBytes()) {
        Path oldest = segments.remove(0);
        total -= Files.size(oldest);
        delete(oldest);
        deleted++;
      }
    }
    if (deleted > 0) {
      SegmentDirectory.force(config.directory());
    }
    return deleted;
  }

  private void delete(Path p) throws IOException {
    Files.deleteIfExists(p);
    firstReceiveTimes.remove(p);
  }

  private Instant firstReceiveTime(Path p) throws IOException {
    Instant cached = firstReceiveTimes.get(p);
    if (cached != null) {
      return cached;
    }
    try (SegmentScanner s = SegmentScanner.open(p, SegmentDirectory.firstSequence(p))) {
      JournalEntry e = s.next();
      if (e == null) {
        return null;
      }
      firstReceiveTimes.put(p, e.frame().receiveTime());
      return e.frame().receiveTime();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("journal closed: " + config.directory());
    }
  }

  /** Forces and closes the active segment. Idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flush();
      force();
    } finally {
      channel.close();
    }
  }
}
