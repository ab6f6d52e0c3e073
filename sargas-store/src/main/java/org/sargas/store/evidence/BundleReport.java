package org.sargas.store.evidence;

import java.util.List;

/**
 * Outcome of verifying an evidence bundle offline.
 *
 * @param incidentId the incident the bundle claims to document ("" if the manifest is unreadable)
 * @param keyId id of the key that signed its checkpoint ("" if unreadable)
 * @param treeSize size of the signed tree the proofs lead to (-1 if unreadable)
 * @param entriesVerified entries proven included in the signed tree
 * @param findings every problem found; empty means the bundle is intact
 */
public record BundleReport(
    String incidentId,
    String keyId,
    long treeSize,
    int entriesVerified,
    List<BundleFinding> findings) {
  public BundleReport {
    findings = List.copyOf(findings);
  }

  /** Whether the bundle verified with no finding. */
  public boolean ok() {
    return findings.isEmpty();
  }

  /** A human-readable report, one finding per line, for the command line. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(ok() ? "VERIFIED" : "MODIFIED")
        .append(": incident ")
        .append(incidentId)
        .append(", key ")
        .append(keyId)
        .append(", signed tree size ")
        .append(treeSize)
        .append(", ")
        .append(entriesVerified)
        .append(" entries proven\n");
    for (BundleFinding f : findings) {
      b.append("  ").append(f).append('\n');
    }
    return b.toString();
  }
}
