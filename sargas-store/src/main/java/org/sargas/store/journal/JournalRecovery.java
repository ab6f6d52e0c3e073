package org.sargas.store.journal;

import java.nio.file.Path;

/**
 * What opening a journal found at the end of its active segment.
 *
 * @param damage the torn or corrupt record that ended the scan, or null when the segment ended
 *     cleanly
 * @param bytesDiscarded bytes cut from the segment (0 when clean)
 * @param savedTail file to which the cut bytes were copied for forensics, or null when clean
 * @param nextSequence the sequence number the next append will get
 */
public record JournalRecovery(
    JournalDamage damage, long bytesDiscarded, Path savedTail, long nextSequence) {

  /** Whether a torn or corrupt tail was cut. */
  public boolean truncated() {
    return damage != null;
  }
}
