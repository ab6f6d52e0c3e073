/**
 * The frame journal: every raw frame with its receive time, in append-only segment files with a
 * CRC32C per record, a configurable fsync policy, segment rotation and time/size retention; a
 * reader that stops cleanly at a torn or corrupt record; recovery (truncation of a torn tail) on
 * reopen. The on-disk format is specified in {@link org.sargas.store.journal.JournalFormat} and
 * docs/store.md.
 */
package org.sargas.store.journal;
