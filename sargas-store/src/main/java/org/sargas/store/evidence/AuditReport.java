package org.sargas.store.evidence;

import java.util.List;

/**
 * Result of auditing an evidence log directory.
 *
 * @param entries entries read intact from the entry file
 * @param checkpoints checkpoint lines read
 * @param findings everything found, errors and notes, in file order
 */
public record AuditReport(long entries, long checkpoints, List<AuditFinding> findings) {
  public AuditReport {
    findings = List.copyOf(findings);
  }

  /** Whether nothing found is an error. */
  public boolean ok() {
    return findings.stream().noneMatch(f -> f.kind().isError());
  }

  /** The error findings. */
  public List<AuditFinding> errors() {
    return findings.stream().filter(f -> f.kind().isError()).toList();
  }
}
