package org.sargas.store.evidence;

import java.io.IOException;
import java.util.List;

/** Opening an evidence log found it altered; the findings say where and how. */
public final class EvidenceIntegrityException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient List<AuditFinding> findings;

  public EvidenceIntegrityException(String directory, List<AuditFinding> findings) {
    super("evidence log " + directory + " fails its integrity check: " + findings);
    this.findings = List.copyOf(findings);
  }

  /** The error findings. */
  public List<AuditFinding> findings() {
    return findings;
  }
}
