package org.sargas.airspace.geojson;

/**
 * Malformed geographic data: names the source (file or resource), the character offset in it
 * ({@code -1} when not tied to one place) and the reason.
 */
public final class GeoDataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long offset;
  private final String reason;

  /** A failure at {@code offset} (characters from the start, or -1) in {@code source}. */
  public GeoDataException(String source, long offset, String reason) {
    super(source + (offset >= 0 ? " at offset " + offset : "") + ": " + reason);
    this.source = source;
    this.offset = offset;
    this.reason = reason;
  }

  /** The file or resource that was being read. */
  public String source() {
    return source;
  }

  /** Character offset of the problem, or -1. */
  public long offset() {
    return offset;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }
}
