package org.sargas.store.journal;

import java.nio.file.Path;
import org.sargas.model.frame.RawFrame;

/**
 * One record read back from the journal.
 *
 * @param sequence the record's journal sequence number (0-based, contiguous)
 * @param frame the frame as appended (payload is a fresh array owned by the caller)
 * @param segment the segment file it was read from
 * @param offset byte offset of the record's prefix in that file
 */
public record JournalEntry(long sequence, RawFrame frame, Path segment, long offset) {}
