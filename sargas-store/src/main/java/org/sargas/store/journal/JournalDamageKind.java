package org.sargas.store.journal;

/** Why a segment scan stopped before the end of the file. */
public enum JournalDamageKind {
  /** The file is shorter than the 16-byte segment header. */
  TORN_HEADER,
  /** Wrong magic, version or first sequence in the segment header. */
  BAD_HEADER,
  /** The last record is incomplete: fewer bytes remain than its prefix or length announces. */
  TORN_RECORD,
  /** A record length outside the legal range. */
  BAD_LENGTH,
  /** The record's CRC32C does not match its body. */
  CRC_MISMATCH,
  /** The record's sequence number is not the one expected next. */
  SEQUENCE_GAP,
  /** The body is internally inconsistent (unknown format code, source id longer than the body). */
  BAD_BODY
}
