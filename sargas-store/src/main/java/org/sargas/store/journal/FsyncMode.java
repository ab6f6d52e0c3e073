package org.sargas.store.journal;

/**
 * When the journal forces written records from the OS page cache to the storage device.
 *
 * <p>Every append hands its bytes to the kernel before it returns, so a process crash ({@code kill
 * -9}) never loses an appended record in any mode; the mode decides what a power loss or kernel
 * crash can lose.
 */
public enum FsyncMode {
  /** {@code fdatasync} before every append returns: nothing acknowledged is lost; slowest. */
  EVERY_APPEND,
  /**
   * Group commit: an append forces the segment when the policy's interval has elapsed since the
   * last force, and {@link FrameJournal#syncIfDue()} does the same from the caller's timer (outside
   * the append lock); after {@link FrameJournal#forceOnlyFromTimer()} only the timer forces. A
   * power loss can lose at most the last interval of frames (plus the timer's lateness).
   */
  INTERVAL,
  /**
   * Force only on segment rotation and close: throughput at the cost of a whole segment at risk.
   */
  ON_ROTATE
}
