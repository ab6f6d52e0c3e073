package org.sargas.store.evidence;

/**
 * One finding of an evidence log audit.
 *
 * @param kind what
 * @param location where: {@code "entries.log@<byte offset> (entry <index>)"} or {@code
 *     "checkpoints.jsonl line <n>"}
 * @param detail what exactly, in words (expected vs found)
 */
public record AuditFinding(AuditFindingKind kind, String location, String detail) {
  @Override
  public String toString() {
    return (kind.isError() ? "ERROR " : "NOTE ") + kind + " at " + location + ": " + detail;
  }
}
