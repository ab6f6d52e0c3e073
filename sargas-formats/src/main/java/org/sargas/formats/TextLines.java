package org.sargas.formats;

/**
 * Splits a byte stream that arrives in chunks of any size into ASCII text lines ({@code \n} or
 * {@code \r\n} terminated), carrying a partial line over to the next chunk. Lines longer than
 * {@link #MAX_LINE} characters are cut there (the rest is counted as part of the next line, which
 * then fails to parse — never an unbounded buffer). Not thread-safe: one per feed.
 */
public final class TextLines {
  /** Longest line kept, characters. */
  public static final int MAX_LINE = 4096;

  /** Receives complete lines. */
  @FunctionalInterface
  public interface LineSink {
    /**
     * @param line the line without its terminator, trimmed (never empty)
     * @param offset offset of the line's terminator in the feed
     */
    void line(String line, long offset);
  }

  private final StringBuilder line = new StringBuilder();

  /** Feeds a chunk; complete non-blank lines go to {@code sink}. */
  public void feed(byte[] b, int off, int len, long sourceOffset, LineSink sink) {
    for (int i = 0; i < len; i++) {
      char c = (char) (b[off + i] & 0xff);
      if (c == '\n') {
        String l = line.toString().trim();
        line.setLength(0);
        if (!l.isEmpty()) {
          sink.line(l, sourceOffset + i);
        }
      } else if (line.length() < MAX_LINE) {
        line.append(c);
      }
    }
  }
}
