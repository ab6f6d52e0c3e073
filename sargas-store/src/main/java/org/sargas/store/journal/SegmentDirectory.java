package org.sargas.store.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists a journal directory's segment files in sequence order and forces directory entries. */
final class SegmentDirectory {
  private SegmentDirectory() {}

  /** Segment files of {@code dir}, ascending by first sequence; other files are ignored. */
  static List<Path> list(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(dir, "*" + JournalFormat.SEGMENT_SUFFIX)) {
      for (Path p : ds) {
        if (JournalFormat.firstSequenceOf(p.getFileName().toString()) >= 0) {
          out.add(p);
        }
      }
    }
    out.sort(Comparator.comparingLong(SegmentDirectory::firstSequence));
    return out;
  }

  /** First sequence of a segment, from its file name. */
  static long firstSequence(Path segment) {
    return JournalFormat.firstSequenceOf(segment.getFileName().toString());
  }

  /**
   * Forces the directory so that file creations, deletions and renames in it survive a crash (on
   * Linux; a no-op where directories cannot be opened).
   */
  static void force(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open a directory as a channel; the data files are still forced.
      return;
    }
  }
}
