package org.sargas.store.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.CRC32C;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * Reads the records of one segment file in order, validating each (length, completeness, CRC32C,
 * sequence, body) and stopping at the first record that fails, which it reports as a {@link
 * JournalDamage}. Not thread-safe; one scanner per reader.
 */
final class SegmentScanner implements Closeable {
  private static final int INITIAL_BUFFER_BYTES = 1 << 20;

  private final Path path;
  private final FileChannel channel;
  private final long firstSequence;
  private final long fileBytes;
  private final CRC32C crc = new CRC32C();
  private ByteBuffer buf = ByteBuffer.allocate(INITIAL_BUFFER_BYTES);
  private long readPos;
  private long expectedSequence;
  private JournalDamage damage;
  private boolean finished;

  private SegmentScanner(Path path, FileChannel channel, long firstSequence) throws IOException {
    this.path = path;
    this.channel = channel;
    this.firstSequence = firstSequence;
    this.fileBytes = channel.size();
    this.expectedSequence = firstSequence;
    buf.flip();
  }

  /** Opens a segment whose file name announces {@code firstSequence}; validates the header. */
  static SegmentScanner open(Path path, long firstSequence) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
    SegmentScanner s = new SegmentScanner(path, ch, firstSequence);
    s.readHeader();
    return s;
  }

  private void readHeader() throws IOException {
    if (!ensure(JournalFormat.SEGMENT_HEADER_BYTES)) {
      stop(JournalDamageKind.TORN_HEADER, "file has " + fileBytes + " bytes, header needs 16");
      return;
    }
    int magic = buf.getInt();
    int version = buf.getShort() & 0xFFFF;
    int headerBytes = buf.getShort() & 0xFFFF;
    long first = buf.getLong();
    if (magic != JournalFormat.MAGIC
        || version != JournalFormat.VERSION
        || headerBytes != JournalFormat.SEGMENT_HEADER_BYTES
        || first != firstSequence) {
      buf.position(buf.position() - JournalFormat.SEGMENT_HEADER_BYTES);
      stop(
          JournalDamageKind.BAD_HEADER,
          String.format(
              "magic %08x version %d header %d first sequence %d; expected %08x 1 16 %d",
              magic, version, headerBytes, first, JournalFormat.MAGIC, firstSequence));
    }
  }

  /** File offset of the next byte not yet accepted. */
  long offset() {
    return readPos - buf.remaining();
  }

  /** Size of the file when the scanner opened it. */
  long fileBytes() {
    return fileBytes;
  }

  /** The sequence number the next record must carry. */
  long expectedSequence() {
    return expectedSequence;
  }

  /** The damage that ended the scan, or null (clean end, or not finished yet). */
  JournalDamage damage() {
    return damage;
  }

  /** The next valid record, or null at the clean end of the file or at the first damaged record. */
  JournalEntry next() throws IOException {
    if (finished) {
      return null;
    }
    long recordOffset = offset();
    if (!ensure(JournalFormat.RECORD_PREFIX_BYTES)) {
      if (buf.hasRemaining()) {
        stop(JournalDamageKind.TORN_RECORD, buf.remaining() + " trailing bytes, prefix needs 8");
      } else {
        finished = true;
      }
      return null;
    }
    int bodyLength = buf.getInt(buf.position());
    int storedCrc = buf.getInt(buf.position() + 4);
    if (bodyLength < JournalFormat.MIN_BODY_BYTES || bodyLength > JournalFormat.MAX_BODY_BYTES) {
      stop(JournalDamageKind.BAD_LENGTH, "body length " + Integer.toUnsignedString(bodyLength));
      return null;
    }
    if (!ensure(JournalFormat.RECORD_PREFIX_BYTES + bodyLength)) {
      stop(
          JournalDamageKind.TORN_RECORD,
          "record announces " + bodyLength + " body bytes, " + (buf.remaining() - 8) + " present");
      return null;
    }
    int bodyStart = buf.position() + JournalFormat.RECORD_PREFIX_BYTES;
    crc.reset();
    crc.update(buf.array(), buf.arrayOffset() + bodyStart, bodyLength);
    if ((int) crc.getValue() != storedCrc) {
      stop(
          JournalDamageKind.CRC_MISMATCH,
          String.format("stored %08x computed %08x", storedCrc, (int) crc.getValue()));
      return null;
    }
    ByteBuffer body = buf.duplicate();
    body.position(bodyStart).limit(bodyStart + bodyLength);
    long sequence = body.getLong();
    if (sequence != expectedSequence) {
      stop(
          JournalDamageKind.SEQUENCE_GAP,
          "sequence " + sequence + ", expected " + expectedSequence);
      return null;
    }
    long epochSecond = body.getLong();
    int nano = body.getInt();
    int code = body.get() & 0xFF;
    int sourceLength = body.getShort() & 0xFFFF;
    FrameFormat format = JournalFormat.formatOf(code);
    if (format == null || sourceLength > body.remaining() || nano < 0 || nano > 999_999_999) {
      stop(
          JournalDamageKind.BAD_BODY,
          "format code " + code + ", source id length " + sourceLength + ", nano " + nano);
      return null;
    }
    String sourceId =
        new String(
            buf.array(), buf.arrayOffset() + body.position(), sourceLength, StandardCharsets.UTF_8);
    body.position(body.position() + sourceLength);
    byte[] payload = new byte[body.remaining()];
    body.get(payload);
    buf.position(bodyStart + bodyLength);
    expectedSequence++;
    RawFrame frame =
        new RawFrame(sourceId, Instant.ofEpochSecond(epochSecond, nano), payload, format);
    return new JournalEntry(sequence, frame, path, recordOffset);
  }

  private void stop(JournalDamageKind kind, String detail) {
    damage = new JournalDamage(path, offset(), kind, detail);
    finished = true;
  }

  /** Makes at least {@code n} unread bytes available in {@code buf}; false at end of file. */
  private boolean ensure(int n) throws IOException {
    if (buf.remaining() >= n) {
      return true;
    }
    if (buf.capacity() < n) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(n, buf.capacity() * 2));
      bigger.put(buf);
      buf = bigger;
    } else {
      buf.compact();
    }
    while (buf.position() < n && readPos < fileBytes) {
      int limit = (int) Math.min(buf.capacity(), buf.position() + (fileBytes - readPos));
      buf.limit(limit);
      int r = channel.read(buf, readPos);
      if (r <= 0) {
        break;
      }
      readPos += r;
    }
    buf.limit(buf.capacity());
    buf.flip();
    return buf.remaining() >= n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
