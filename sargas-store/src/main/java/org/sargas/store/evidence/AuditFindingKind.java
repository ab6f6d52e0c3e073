package org.sargas.store.evidence;

/** What an audit of an evidence log directory found. */
public enum AuditFindingKind {
  /** The entry file's header is not an evidence log header. */
  BAD_HEADER(true),
  /** A record whose CRC or length is wrong before the end of the file: the file was altered. */
  CORRUPT_ENTRY(true),
  /** An entry that passed its CRC but is not an evidence JSON object. */
  MALFORMED_ENTRY(true),
  /** An incomplete record at the end of the file (a crash mid-append); cut on open. */
  TORN_TAIL(false),
  /** A checkpoint line that cannot be parsed. */
  CHECKPOINT_UNREADABLE(true),
  /** A checkpoint signed by another key than the trusted one. */
  CHECKPOINT_WRONG_KEY(true),
  /** A checkpoint whose signature does not verify. */
  CHECKPOINT_BAD_SIGNATURE(true),
  /** A checkpoint covering more entries than the log holds: entries were deleted or cut off. */
  CHECKPOINT_BEYOND_LOG(true),
  /**
   * A checkpoint whose root differs from the log's: entries changed, inserted, removed or moved.
   */
  CHECKPOINT_ROOT_MISMATCH(true),
  /** A checkpoint with a smaller size than an earlier one. */
  CHECKPOINT_ROLLBACK(true),
  /** Entries after the last checkpoint: not yet protected by a signature. */
  UNCHECKPOINTED_ENTRIES(false);

  private final boolean error;

  AuditFindingKind(boolean error) {
    this.error = error;
  }

  /** Whether this finding means the log cannot be trusted as it is. */
  public boolean isError() {
    return error;
  }
}
