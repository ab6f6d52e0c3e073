package org.sargas.store.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a journal directory's records in sequence order, across segments.
 *
 * <p>Within a segment, reading stops at the first torn or corrupt record; the damage is recorded in
 * {@link #damages()} and reading continues with the next segment (each segment starts with its own
 * header, so later segments stay readable). A torn record at the very end of the last segment is
 * normal while a writer is appending or after a crash; it is reported the same way.
 *
 * <p>The set of segments is fixed when the reader opens. Not thread-safe; open one reader per
 * thread. It never modifies the files.
 */
public final class JournalReader implements Closeable {
  private final List<Path> segments;
  private final long fromSequence;
  private final List<JournalDamage> damages = new ArrayList<>();
  private int nextSegment;
  private SegmentScanner scanner;

  private JournalReader(List<Path> segments, long fromSequence) {
    this.segments = segments;
    this.fromSequence = fromSequence;
  }

  /** A reader over every record in {@code directory}. */
  public static JournalReader open(Path directory) throws IOException {
    return open(directory, 0);
  }

  /** A reader starting at the first record whose sequence is at least {@code fromSequence}. */
  public static JournalReader open(Path directory, long fromSequence) throws IOException {
    List<Path> all = SegmentDirectory.list(directory);
    int start = 0;
    for (int i = 0; i < all.size(); i++) {
      if (SegmentDirectory.firstSequence(all.get(i)) <= fromSequence) {
        start = i;
      }
    }
    return new JournalReader(new ArrayList<>(all.subList(start, all.size())), fromSequence);
  }

  /** The next record, or null when every segment has been read. */
  public JournalEntry next() throws IOException {
    while (true) {
      if (scanner == null) {
        if (nextSegment >= segments.size()) {
          return null;
        }
        Path p = segments.get(nextSegment++);
        scanner = SegmentScanner.open(p, SegmentDirectory.firstSequence(p));
      }
      JournalEntry e = scanner.next();
      if (e == null) {
        if (scanner.damage() != null) {
          damages.add(scanner.damage());
        }
        scanner.close();
        scanner = null;
        continue;
      }
      if (e.sequence() >= fromSequence) {
        return e;
      }
    }
  }

  /** Feeds every remaining record to {@code sink}, in order. */
  public void forEachRemaining(Consumer<JournalEntry> sink) throws IOException {
    for (JournalEntry e = next(); e != null; e = next()) {
      sink.accept(e);
    }
  }

  /** Damage found so far, in reading order (each ended one segment's scan). */
  public List<JournalDamage> damages() {
    return List.copyOf(damages);
  }

  @Override
  public void close() throws IOException {
    if (scanner != null) {
      scanner.close();
      scanner = null;
    }
  }
}
