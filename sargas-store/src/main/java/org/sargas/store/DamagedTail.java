package org.sargas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the bytes that recovery is about to cut from an append-only file: they are copied to {@code
 * <file>.damaged-<offset>} and forced before the file is truncated, so a torn or corrupt tail is
 * never silently lost and can be examined later.
 */
public final class DamagedTail {
  private DamagedTail() {}

  /**
   * Copies bytes {@code [fromOffset, size)} of {@code file} beside it and forces the copy.
   *
   * @return the copy's path
   */
  public static Path saveAside(Path file, long fromOffset) throws IOException {
    Path saved = file.resolveSibling(file.getFileName() + ".damaged-" + fromOffset);
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        FileChannel out =
            FileChannel.open(
                saved,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
      long n = in.size() - fromOffset;
      long done = 0;
      while (done < n) {
        done += in.transferTo(fromOffset + done, n - done, out);
      }
      out.force(true);
    }
    return saved;
  }
}
