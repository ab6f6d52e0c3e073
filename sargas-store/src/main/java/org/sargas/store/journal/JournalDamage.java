package org.sargas.store.journal;

import java.nio.file.Path;

/**
 * Where and why a segment scan stopped early. Records from {@code offset} to the end of the segment
 * file were not delivered.
 *
 * @param segment the segment file
 * @param offset byte offset in the file of the first byte not accepted
 * @param kind why
 * @param detail human-readable detail (expected vs found values)
 */
public record JournalDamage(Path segment, long offset, JournalDamageKind kind, String detail) {
  @Override
  public String toString() {
    return segment.getFileName() + "@" + offset + ": " + kind + " (" + detail + ")";
  }
}
